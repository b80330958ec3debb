import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../app/backend';
import { defaultFolders, rootFrom } from '../app/paths';
import { Workspace } from '../app/workspace';
import { openInBrowser, type OpenerPage } from './open-browser';
import { startWebServer } from './server';

const DEFAULT_PORT = 47380;

/** `npm run start:web`: the app in the default browser, on 127.0.0.1, for whoever opens the printed address first. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'settings-dir': { type: 'string' },
      open: { type: 'string' },
      'no-browser': { type: 'boolean' },
    },
  });
  const root = rootFrom(import.meta.url);
  const staticDir = join(root, 'dist', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    process.stderr.write('Chưa có giao diện đã dựng (dist/renderer). Hãy chạy: npm run build\n');
    process.exit(1);
  }
  const folders = defaultFolders();
  const workspace = new Workspace({ documentsDir: values['data-dir'] ?? folders.documentsDir, settingsDir: values['settings-dir'] ?? values['data-dir'] ?? folders.settingsDir });
  if (values.open) {
    const opened = workspace.openFile(values.open);
    if (!opened.ok) process.stderr.write(`${opened.error.message}\n`);
  }
  const backend = createBackend(workspace, 'browser');
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let opener: OpenerPage | null = null;
  const onOwnerEntered = () => opener?.remove();
  // The same address from one launch to the next keeps what was typed and not yet saved (kept by
  // the page for its address); another port is taken only when this one is busy.
  const port = values.port ? Number(values.port) : DEFAULT_PORT;
  const running = await startWebServer({ backend, staticDir, port, log, onOwnerEntered }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE' || values.port) throw error;
    process.stderr.write(`Cổng ${port} đang bận: dùng cổng khác (những gì đã gõ mà chưa lưu ở lần chạy trước sẽ không hiện lại).\n`);
    return startWebServer({ backend, staticDir, port: 0, log, onOwnerEntered });
  });
  process.stdout.write(
    `Kiểm phiếu đang chạy trong trình duyệt tại: ${running.openUrl}\n` +
      'Địa chỉ này chỉ dùng được một lần: trình duyệt mở nó đầu tiên được vào (tải lại trang, mở thêm thẻ vẫn được); đừng gửi nó cho ai.\n' +
      `Hồ sơ đại hội lưu trong: ${workspace.documentsDir}\nNhấn Ctrl+C để dừng.\n`,
  );

  const hasDisplay = process.platform === 'win32' || process.platform === 'darwin' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!values['no-browser'] && hasDisplay) {
    try {
      opener = openInBrowser(running.openUrl, workspace.documentsDir);
    } catch (error) {
      process.stderr.write(`Không mở được trình duyệt (${(error as Error).message}): hãy tự mở địa chỉ ở trên.\n`);
    }
  }

  const stop = () => {
    opener?.remove();
    workspace.close();
    void running.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
