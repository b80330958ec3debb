import { readFileSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import { fail, ok, type AppError, type Result } from '../../shared/result';

/** Exit statuses of INTERCHANGE.md. */
export const EXIT_OK = 0;
export const EXIT_REJECTED = 1;
export const EXIT_USAGE = 2;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export function readTextFile(path: string): Result<string> {
  try {
    return ok(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'không có tệp này' : code === 'EISDIR' ? 'đây là thư mục, không phải tệp' : code === 'EACCES' ? 'không có quyền đọc' : String((error as Error).message);
    return fail('CANNOT_READ', `Không đọc được tệp "${path}": ${why}`);
  }
}

/** A rejected input: the message, then every place named, on stderr. */
export function reportError(output: Output, file: string, error: AppError): number {
  output.err(`Lỗi: ${file}: ${error.message}\n`);
  const rest = (error.details ?? []).slice(1);
  for (const detail of rest) output.err(`  ${detail.path ? `${detail.path}: ` : ''}${detail.message}\n`);
  return EXIT_REJECTED;
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
}

/** One subcommand of bin/kiem-phieu: its options, how many file arguments, and what it does. */
export interface Command {
  name: string;
  /** One or more lines of the usage text. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  positionals: { min: number; max: number; missing: string };
  run(args: ParsedArgs, output: Output): number | Promise<number>;
}
