/**
 * The numbers of an election's papers as a congress file gives them (the `number` addition): an
 * entry's papers are number … number + count - 1, numbers increase through the election and never
 * overlap, and an entry without a number takes the next free one. One reading for the check of a
 * file and for its import.
 */
export class PaperNumbering {
  private next = 1;

  /** The number of the entry's first paper, or the lowest it may take when its own overlaps the papers before it. */
  take(entry: { number?: number | undefined; count: number }): { number: number } | { overlaps: number; lowest: number } {
    const lowest = this.next;
    const number = entry.number ?? lowest;
    this.next = Math.max(lowest, number + entry.count);
    return number < lowest ? { overlaps: number, lowest } : { number };
  }
}

/** The number the next paper of an election takes: after every paper its entries already hold. */
export function nextPaperNumber(entries: readonly { number?: number | undefined; count: number }[]): number {
  const numbering = new PaperNumbering();
  let next = 1;
  for (const entry of entries) {
    const taken = numbering.take(entry);
    const first = 'number' in taken ? taken.number : taken.lowest;
    next = Math.max(next, first + entry.count);
  }
  return next;
}
