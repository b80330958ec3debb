import { readFileSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import { fail, ok, type AppError, type Result } from '../../shared/result';
import { ERROR_CODES } from '../../shared/api/errors';

/** Exit statuses of INTERCHANGE.md. */
export const EXIT_OK = 0;
export const EXIT_REJECTED = 1;
export const EXIT_USAGE = 2;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** The streams whose reader has gone (`kiem-phieu tally FILE | head`): what follows is dropped. */
const closedStreams = new Set<NodeJS.WriteStream>();

function writeUnlessClosed(stream: NodeJS.WriteStream, text: string): void {
  if (!closedStreams.has(stream)) stream.write(text);
}

export const processOutput: Output = {
  out: (text) => writeUnlessClosed(process.stdout, text),
  err: (text) => writeUnlessClosed(process.stderr, text),
};

/**
 * A reader that closes the pipe (`| head`) is not an error of the command: its further output is
 * dropped and it ends as it would have, with its own status (0 when its work is done), without
 * Node's stack trace. The work itself is not cut short: a command that writes a file still does.
 */
export function endQuietlyWhenPipesClose(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || closedStreams.has(stream)) {
        closedStreams.add(stream);
        return;
      }
      throw error;
    });
  }
}

/** "Không đọc được tệp "x": không có tệp này", in words rather than the system's code. */
export function cannotReadMessage(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'không có tệp này' : code === 'EISDIR' ? 'đây là thư mục, không phải tệp' : code === 'EACCES' ? 'không có quyền đọc' : String((error as Error).message);
  return `Không đọc được tệp "${path}": ${why}`;
}

function cannotRead(path: string, error: unknown) {
  return fail(ERROR_CODES.cannotRead, cannotReadMessage(path, error));
}

export function readTextFile(path: string): Result<string> {
  try {
    return ok(readFileSync(path, 'utf8'));
  } catch (error) {
    return cannotRead(path, error);
  }
}

/** The file's bytes (a congress file is read from them a slice at a time). */
export function readBytes(path: string): Result<Uint8Array> {
  try {
    return ok(readFileSync(path));
  } catch (error) {
    return cannotRead(path, error);
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

/** What a subcommand does with its parsed arguments; returns the exit status. */
export type CommandRun = (args: ParsedArgs, output: Output) => number | Promise<number>;

/**
 * One subcommand of bin/kiem-phieu: its options and how many file arguments, known without
 * loading it; `load` brings in the module that does the work (and only what that module needs).
 */
export interface CommandSpec {
  name: string;
  /** One or more lines of the usage text. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  positionals: { min: number; max: number; missing: string };
  /** What a value of an option must be, checked before any file is read: the problem, or null. */
  checks?: Record<string, (value: string) => string | null>;
  load(): Promise<CommandRun>;
}
