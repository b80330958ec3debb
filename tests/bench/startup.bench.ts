import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../../scripts/builds.mjs';
import { median, ms, type BenchRow } from './measure';

/** From `npm run start:web` (its script) to the first page served: the printed address, then the page it leads to. */
async function timeToFirstPage(dataDir: string): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, ['scripts/start-web.mjs', '--no-browser', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /(http:\/\/127\.0\.0\.1:\d+\/\?code=[A-Za-z0-9_-]+)\n/.exec(out);
        if (found) resolve(found[1] as string);
      });
      child.on('exit', (code) => reject(new Error(`the browser shell exited (${code})`)));
    });
    // As a browser does: the code gives the session cookie and leads on to the page.
    const entered = await fetch(url, { redirect: 'manual' });
    if (entered.status !== 303) throw new Error(`the printed address answered ${entered.status}`);
    const cookie = (entered.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const page = await fetch(new URL(entered.headers.get('location') ?? '/', url), { headers: { Cookie: cookie } });
    await page.text();
    if (page.status !== 200) throw new Error(`the first page answered ${page.status}`);
    return performance.now() - start;
  } finally {
    child.kill('SIGTERM');
  }
}

/** Issue 9: a second start reuses the builds, and the browser shell answers at once. */
export async function startupBenchmarks(): Promise<BenchRow[]> {
  await ensureBuilt(['renderer', 'web']);
  const dir = mkdtempSync(join(tmpdir(), 'kiem-phieu-bench-start-'));
  try {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) times.push(await timeToFirstPage(dir));
    const med = median(times);
    return [{ name: 'npm run start:web → trang đầu tiên (bản dựng còn mới, dùng lại)', value: ms(med), target: '≤ 1 s', met: med <= 1000, note: `trung vị của 7 lần; chậm nhất ${ms(Math.max(...times))}` }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
