import type { z } from 'zod';
import type { ErrorCode } from '../api/errors';
import { groupedNumber } from '../limits';
import { err, type AppError, type AppErrorDetail, type Result } from '../result';
import { ERROR_CODES } from '../api/errors';

/** `["elections", 0, "ballots", 17, "kept", 2]` → `elections[0].ballots[17].kept[2]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'một chuỗi văn bản',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách',
  object: 'một đối tượng',
  record: 'một đối tượng',
};

/** A zod issue in plain Vietnamese. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'thiếu (bắt buộc phải có)';
      if (issue.expected === 'int') return `phải là số nguyên, không phải ${JSON.stringify(issue.input)}`;
      return `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return 'không được để trống';
      if (issue.origin === 'array') return `phải có ít nhất ${issue.minimum} phần tử`;
      if (issue.minimum === 0 && issue.inclusive) return `không được âm (${JSON.stringify(issue.input)})`;
      return `phải ${issue.inclusive ? '≥' : '>'} ${issue.minimum}${issue.input !== undefined ? ` (đang là ${JSON.stringify(issue.input)})` : ''}`;
    case 'too_big':
      if (issue.origin === 'string') return `dài quá ${issue.maximum} ký tự`;
      if (issue.origin === 'array') return `có nhiều nhất ${groupedNumber(Number(issue.maximum))} phần tử`;
      return `phải ${issue.inclusive ? '≤' : '<'} ${groupedNumber(Number(issue.maximum))}${typeof issue.input === 'number' ? ` (đang là ${groupedNumber(issue.input)})` : ''}`;
    case 'invalid_value':
      return `phải là một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${issue.input !== undefined ? ` (đang là ${JSON.stringify(issue.input)})` : ''}`;
    case 'invalid_format':
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : 'sai định dạng';
    case 'unrecognized_keys':
      return `có trường không được phép: ${issue.keys.join(', ')}`;
    case 'custom':
      return issue.message;
    default:
      return 'không hợp lệ';
  }
}

export function issueDetails(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): AppErrorDetail[] {
  return issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: describeIssue(issue) }));
}

/** The first detail as the message, every detail kept. */
export function validationError(code: ErrorCode, details: AppErrorDetail[], maxShown = 50): AppError {
  const first = details[0] ?? { path: '', message: 'không hợp lệ' };
  // A message of its own starts as a sentence does; after a place, it follows the colon.
  const message = first.path === '' ? first.message.charAt(0).toLocaleUpperCase('vi') + first.message.slice(1) : `${first.path}: ${first.message}`;
  return { code, message, path: first.path, details: details.slice(0, maxShown) };
}

/** Parses with a schema; a failure names every place that is wrong. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, code: ErrorCode = ERROR_CODES.invalidInput, prefix: readonly PropertyKey[] = []): Result<z.output<S>> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  return err(validationError(code, issueDetails(parsed.error.issues, prefix)));
}
