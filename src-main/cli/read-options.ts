import { parseArgs } from 'node:util';
import type { CommandSpec, ParsedArgs } from './io';

export type OptionsRead = { ok: true; args: ParsedArgs } | { ok: false; message: string };

/**
 * The options and file names of one command, read with Node's parser but judged here, so that a
 * user sees every mistake in Vietnamese and named by the option as typed: an option this command
 * does not have (with the near one it may have meant), one that needs a value and has none, a
 * switch given a value, a value the option cannot take.
 */
export function readOptions(command: CommandSpec, args: string[]): OptionsRead {
  const { values, positionals, tokens } = parseArgs({ args, allowPositionals: true, options: command.options, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = command.options[token.name];
    if (!option) return refused(unknownOption(command, token.rawName));
    if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      const example = valueExample(command.usage, token.rawName);
      return refused(`Tùy chọn '${token.rawName}' cần một giá trị ngay sau nó${example ? ` (${example})` : ''}.`);
    }
    if (option.type === 'boolean' && token.value !== undefined) return refused(`Tùy chọn '${token.rawName}' không nhận giá trị (chỉ cần ghi ${token.rawName}).`);
  }
  for (const [name, check] of Object.entries(command.checks ?? {})) {
    const given = values[name];
    for (const value of Array.isArray(given) ? given : given === undefined ? [] : [given]) {
      const problem = typeof value === 'string' ? check(value) : null;
      if (problem) return refused(`--${name} "${value}": ${problem}`);
    }
  }
  return { ok: true, args: { positionals, values } };
}

function refused(message: string): OptionsRead {
  return { ok: false, message };
}

function unknownOption(command: CommandSpec, rawName: string): string {
  const near = nearestOption(command, rawName);
  return `Không có tùy chọn '${rawName}' cho lệnh ${command.name}.${near ? ` Có phải là '${near}'?` : ''}`;
}

/** The command's option spelled closest to what was typed (two letters off at most), if any. */
function nearestOption(command: CommandSpec, rawName: string): string | null {
  if (!rawName.startsWith('--')) return null;
  let best: { name: string; distance: number } | null = null;
  for (const name of Object.keys(command.options)) {
    const distance = editDistance(rawName.slice(2), name);
    if (distance <= 2 && (best === null || distance < best.distance)) best = { name: `--${name}`, distance };
  }
  return best?.name ?? null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length] as number;
}

/** "--pdf RA.pdf", as the usage text writes the option with its value. */
function valueExample(usage: string, rawName: string): string | null {
  const escaped = rawName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|[\\s\\[])(${escaped} (?:"[^"]*"|[^\\s\\]]+))`).exec(usage);
  return match ? (match[1] as string) : null;
}
