import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../app/backend';
import { defaultFolders, rootFrom } from '../app/paths';
import { Workspace } from '../app/workspace';
import { startWebServer } from './server';

/** `npm run start:web`: the app in the default browser, the api on 127.0.0.1 with a token per launch. */
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
  const running = await startWebServer({ backend: createBackend(workspace, 'browser'), staticDir, port: values.port ? Number(values.port) : 0, log: (line) => process.stderr.write(`${line}\n`) });
  process.stdout.write(`Kiểm phiếu đang chạy trong trình duyệt tại: ${running.url}\nHồ sơ đại hội lưu trong: ${workspace.documentsDir}\nNhấn Ctrl+C để dừng.\n`);

  const hasDisplay = process.platform === 'win32' || process.platform === 'darwin' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!values['no-browser'] && hasDisplay) {
    const opener = process.platform === 'win32' ? ['cmd', ['/c', 'start', '', running.url]] : process.platform === 'darwin' ? ['open', [running.url]] : ['xdg-open', [running.url]];
    spawn(opener[0] as string, opener[1] as string[], { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
  }

  const stop = () => {
    workspace.close();
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
