import { COMMANDS } from './commands';
import { EXIT_OK, EXIT_USAGE, endQuietlyWhenPipesClose, processOutput, type Output } from './io';
import { readOptions } from './read-options';

function usageText(): string {
  const lines = COMMANDS.flatMap((c) => c.usage.split('\n').map((line) => `  ${line}`));
  return `Cách dùng:\n${lines.join('\n')}\n  kiem-phieu help                      hiện hướng dẫn này\n`;
}

function usageError(output: Output, message: string): number {
  output.err(`${message}\n\n${usageText()}`);
  return EXIT_USAGE;
}

/** Runs one command; returns the exit status (INTERCHANGE.md: 0 done, 1 input rejected, 2 usage). */
export async function main(argv: string[], output: Output = processOutput): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) return usageError(output, 'Thiếu lệnh.');
  if (name === 'help' || name === '--help' || name === '-h') {
    output.out(usageText());
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) return usageError(output, `Không có lệnh "${name}".`);
  const read = readOptions(command, args);
  if (!read.ok) return usageError(output, read.message);
  const { positionals, values } = read.args;
  if (positionals.length < command.positionals.min) return usageError(output, command.positionals.missing);
  if (positionals.length > command.positionals.max) return usageError(output, `Thừa tham số: ${positionals.slice(command.positionals.max).join(' ')}`);
  const run = await command.load();
  return run({ positionals, values }, output);
}

/** `bin/kiem-phieu`: the command of the process's arguments, on its own stdout and stderr. */
export async function runCommandLine(): Promise<number> {
  endQuietlyWhenPipesClose();
  return main(process.argv.slice(2));
}
