import type { z } from 'zod';
import { congressFileSchema, electionSchema } from './schema';

const FILE_KEYS = Object.keys(congressFileSchema.shape);
const ELECTION_KEYS = Object.keys(electionSchema.shape);

function rank(keys: readonly string[], key: PropertyKey | undefined): number {
  const position = typeof key === 'string' ? keys.indexOf(key) : -1;
  return position === -1 ? keys.length : position;
}

/** Where an issue stands in a reading of the file: the file's field, the election, the election's field. */
function placeOf(issue: z.core.$ZodIssue): [number, number, number] {
  const [top, election, field] = issue.path;
  return [rank(FILE_KEYS, top), typeof election === 'number' ? election : -1, top === 'elections' ? rank(ELECTION_KEYS, field) : -1];
}

/**
 * The issues of a file whose ballots were checked apart from the rest, put back in the order in
 * which one reading of the whole file meets them (the first is the one the message names).
 */
export function orderIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const placed = issues.map((issue, order) => ({ issue, order, place: placeOf(issue) }));
  placed.sort((a, b) => a.place[0] - b.place[0] || a.place[1] - b.place[1] || a.place[2] - b.place[2] || a.order - b.order);
  return placed.map((p) => p.issue);
}
