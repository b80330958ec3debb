import { numberEndsItself } from '../../shared/entry/ballot-input';

/**
 * What an operator types for a format-A paper with these numbers struck (issue 18, item 10): the
 * numbers in the order given, a space only after a number that does not end by itself and is not
 * the last (Enter ends the last). `0` when no name is struck.
 */
export function typedInOrder(numbers: readonly number[], listSize: number): string {
  if (numbers.length === 0) return '0';
  return numbers.map((n, i) => `${n}${i < numbers.length - 1 && !numberEndsItself(n, listSize) ? ' ' : ''}`).join('');
}

/** The same paper read top to bottom: the numbers in the order printed. */
export function typedTopToBottom(numbers: readonly number[], listSize: number): string {
  return typedInOrder([...numbers].sort((a, b) => a - b), listSize);
}

/** The fewest keys for the paper: numbers that end by themselves first, one that does not last. */
export function typedFewest(numbers: readonly number[], listSize: number): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  return typedInOrder([...sorted.filter((n) => numberEndsItself(n, listSize)), ...sorted.filter((n) => !numberEndsItself(n, listSize))], listSize);
}

/** As typed before numbers ended by themselves: every number followed by a separator but the last. */
export function typedSeparated(numbers: readonly number[]): string {
  return numbers.length === 0 ? '0' : [...numbers].sort((a, b) => a - b).join(' ');
}

/** Keys pressed for one paper: what is typed, then Enter. */
export function keysOf(typed: string): number {
  return typed.length + 1;
}
