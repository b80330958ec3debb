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

/** The same, stopped after `timeoutMs` (status null then): for inputs that could make the command hang. */
export function runCliWithin(timeoutMs: number, ...args: string[]) {
  const result = spawnSync(join(process.cwd(), 'bin', 'kiem-phieu'), args, { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
