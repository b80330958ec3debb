/** Timing helpers: repeated runs, medians, and a printed table. Benchmarks measure; they never fail CI. */
export interface BenchRow {
  name: string;
  value: string;
  target: string;
  met: boolean | null;
  note?: string;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export async function timeRuns(runs: number, fn: () => unknown | Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

export function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}

export function printRows(title: string, rows: readonly BenchRow[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const row of rows) {
    const verdict = row.met === null ? '' : row.met ? '  ✓ đạt' : '  ✗ chưa đạt';
    console.log(`  ${row.name.padEnd(width)}  ${row.value.padStart(12)}   (mục tiêu: ${row.target})${verdict}${row.note ? `\n  ${' '.repeat(width)}  ${row.note}` : ''}`);
  }
}
