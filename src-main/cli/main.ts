import { parseArgs } from 'node:util';
import { COMMANDS } from './commands';
import { EXIT_OK, EXIT_USAGE, processOutput, type Output } from './io';

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
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: command.options, strict: true });
  } catch (error) {
    return usageError(output, `Tham số không hợp lệ: ${(error as Error).message}`);
  }
  const { positionals } = parsed;
  if (positionals.length < command.positionals.min) return usageError(output, command.positionals.missing);
  if (positionals.length > command.positionals.max) return usageError(output, `Thừa tham số: ${positionals.slice(command.positionals.max).join(' ')}`);
  const run = await command.load();
  return run({ positionals, values: parsed.values as ParsedValues }, output);
}

type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;
