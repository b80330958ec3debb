// `npm test`: every stage runs even when an earlier one fails (a red unit test must not hide the
// end-to-end results), and the command fails when any stage failed. Stages that need an earlier
// one (the end-to-end tests need the renderer build) are skipped, saying so, when it failed.
import { spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const stages = [
  { name: 'type check', command: [npm, 'run', '--silent', 'typecheck'] },
  { name: 'renderer build', command: [npm, 'run', '--silent', 'build:renderer'] },
  { name: 'command line and shell builds', command: [process.execPath, 'scripts/builds.mjs', 'cli', 'web'] },
  { name: 'unit and integration tests', command: [npx, 'vitest', 'run', ...process.argv.slice(2)] },
  { name: 'end-to-end tests', command: [npx, 'playwright', 'test'], needs: 'renderer build' },
];

const results = new Map();
for (const stage of stages) {
  if (stage.needs && results.get(stage.needs) !== 'passed') {
    results.set(stage.name, `skipped (${stage.needs} failed)`);
    continue;
  }
  process.stdout.write(`\n=== ${stage.name} ===\n`);
  const started = Date.now();
  const run = spawnSync(stage.command[0], stage.command.slice(1), { stdio: 'inherit', shell: process.platform === 'win32' });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  results.set(stage.name, run.status === 0 ? 'passed' : `FAILED (exit ${run.status ?? run.signal})`);
  results.set(`${stage.name}:time`, seconds);
}

process.stdout.write('\n=== summary ===\n');
for (const stage of stages) process.stdout.write(`  ${stage.name.padEnd(28)} ${results.get(stage.name)}${results.has(`${stage.name}:time`) ? ` in ${results.get(`${stage.name}:time`)} s` : ''}\n`);
process.exitCode = stages.every((stage) => results.get(stage.name) === 'passed') ? 0 : 1;
