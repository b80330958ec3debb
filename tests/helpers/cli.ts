import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The real command, as a user runs it right after `npm install`. */
export function runCli(...args: string[]) {
  return runCliTyping(undefined, ...args);
}

/** The same, with what a person types at the keyboard (lines ending in Enter) piped into it. */
export function runCliTyping(typed: string | undefined, ...args: string[]) {
  const result = spawnSync(join(process.cwd(), 'bin', 'kiem-phieu'), args, { encoding: 'utf8', ...(typed !== undefined ? { input: typed } : {}) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
