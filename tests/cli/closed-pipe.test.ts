import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLES_DIR } from '../helpers/samples';

const sample = join(SAMPLES_DIR, 'dai-hoi-mau.json');

/**
 * `kiem-phieu tally FILE | head`: the reader closes the pipe before the command writes. The
 * command ends quietly, with status 0, as any Unix tool a user pipes into `head` (issue 19, item 6).
 * The pipe is closed at once, before the program has even started: the write always meets it closed.
 */
function runIntoClosedPipe(...args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(process.cwd(), 'bin', 'kiem-phieu'), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('a closed pipe on stdout', () => {
  for (const args of [['tally', sample], ['tally', sample, '--json'], ['help'], ['review', sample, '--election', 'bch', '--operator', 'Nguyễn Văn An']]) {
    it(`kiem-phieu ${args[0]}${args.length > 2 ? ` ${args.slice(2).join(' ')}` : ''} ends with status 0 and no stack trace`, async () => {
      const { status, stderr } = await runIntoClosedPipe(...args);
      expect(stderr).toBe('');
      expect(status).toBe(0);
    });
  }
});
