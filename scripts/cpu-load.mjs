// A CPU load beside a measurement or a test run: N processes that keep a core busy each (a load
// of N). `node scripts/cpu-load.mjs [N]` runs until stopped; `node scripts/cpu-load.mjs 8 -- npm test`
// runs the command beside a load of 8 and ends with its status; `startCpuLoad(n)` returns a stop
// function. Never part of `npm test`: it is for trying the suite under load by hand.
import { spawn, spawnSync } from 'node:child_process';
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
  const separator = process.argv.indexOf('--');
  const count = Number(process.argv[2] && process.argv[2] !== '--' ? process.argv[2] : availableParallelism());
  const command = separator > 0 ? process.argv.slice(separator + 1) : [];
  const stop = startCpuLoad(count);
  process.stdout.write(`CPU load: ${count} busy processes${command.length ? `, beside: ${command.join(' ')}` : ' (Ctrl+C stops)'}\n`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stop(); process.exit(0); });
  if (command.length) {
    const started = Date.now();
    const run = spawnSync(command[0], command.slice(1), { stdio: 'inherit', shell: process.platform === 'win32' });
    stop();
    process.stdout.write(`CPU load stopped: the command ended with status ${run.status ?? run.signal} after ${Math.round((Date.now() - started) / 1000)} s\n`);
    process.exit(run.status ?? 1);
  }
}
