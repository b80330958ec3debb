import type { AppError } from '../result';
import type { Problem } from '../rules/problems';
import { ERROR_CODES } from './errors';

/**
 * The refusal of a step the blocking checks forbid (RULES R4): the code BLOCKING_PROBLEMS, the
 * problems in the message and one detail per problem. Null when nothing blocks.
 */
export function blockingProblemsError(problems: readonly Problem[], what: string): AppError | null {
  const blocking = problems.filter((p) => p.severity === 'error');
  if (blocking.length === 0) return null;
  return { code: ERROR_CODES.blockingProblems, message: `Chưa thể ${what}: ${blocking.map((p) => p.message).join('; ')}`, details: blocking.map((p) => ({ path: p.code, message: p.message })) };
}
