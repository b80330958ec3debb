import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The real command, as a user runs it right after `npm install`. */
export function runCli(...args: string[]) {
  const result = spawnSync(join(process.cwd(), 'bin', 'kiem-phieu'), args, { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
