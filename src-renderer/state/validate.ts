import type { z } from 'zod';
import { describeIssue } from '../../shared/validation/issues';

/** The first problem with a value, in Vietnamese, by the same schema the api checks with. */
export function fieldError(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? null : describeIssue(result.error.issues[0] as z.core.$ZodIssue);
}

/** A whole number typed in a text field: empty is "not given"; anything else must be digits. */
export function parseWhole(text: string): { value: number | null; error: string | null } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null, error: null };
  if (!/^\d+$/.test(trimmed)) return { value: null, error: `"${trimmed}" không phải số nguyên không âm` };
  return { value: Number(trimmed), error: null };
}

/** A required whole number: empty is an error too. */
export function requiredWhole(text: string, min = 0): { value: number | null; error: string | null } {
  const parsed = parseWhole(text);
  if (parsed.error) return parsed;
  if (parsed.value === null) return { value: null, error: 'không được để trống' };
  if (parsed.value < min) return { value: null, error: `phải ≥ ${min}` };
  return parsed;
}
