// A CPU load beside a measurement or a test run: N processes that keep a core busy each.
// `node scripts/cpu-load.mjs [N]` runs until stopped; `startCpuLoad(n)` returns a stop function.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const BUSY = 'for (;;) { Math.sqrt(Math.random()); }';

export function startCpuLoad(processes = availableParallelism()) {
  const children = Array.from({ length: processes }, () => spawn(process.execPath, ['-e', BUSY], { stdio: 'ignore' }));
  return () => {
    for (const child of children) child.kill('SIGKILL');
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const stop = startCpuLoad(Number(process.argv[2] ?? availableParallelism()));
  process.stdout.write(`CPU load: ${process.argv[2] ?? availableParallelism()} busy processes (Ctrl+C stops)\n`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stop(); process.exit(0); });
}
