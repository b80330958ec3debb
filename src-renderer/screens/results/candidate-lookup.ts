import type { ElectionResult } from '../../api/types';

export function nameOf(result: ElectionResult, id: string): string {
  return result.candidates.find((c) => c.id === id)?.name ?? id;
}

export function votesOf(result: ElectionResult, id: string): number {
  return result.candidates.find((c) => c.id === id)?.votes ?? 0;
}
