import { CONGRESS_KIND_LABELS, type CongressKind } from '../domain';
import { congressBase } from '../rules/base';

/** What makes a congress the same congress for a merge: what its papers and its base say it is. */
export interface CongressFacts {
  name: string;
  kind: CongressKind;
  summoned: number;
  exclusions: readonly { reason: string; count: number }[];
  /** The congress's identity (a package carries it, signed): null for a plain congress file. */
  identity: string | null;
}

function exclusionsText(exclusions: CongressFacts['exclusions']): string {
  return exclusions.length === 0 ? 'không có' : exclusions.map((e) => `${e.reason}: ${e.count}`).join('; ');
}

/**
 * The fields by which a file to merge is of another congress than the one merged into (issue 20,
 * finding 7: a file of another congress, another name and summoned, was merged and its 85
 * ballots written into one election), named with both values; empty when they agree. A package
 * signed for this very congress (same identity) is its own: the chair may have corrected these
 * fields since the stations were set up.
 */
export function congressDifferences(here: CongressFacts, there: Omit<CongressFacts, 'identity'>, thereIdentity: string | null): string[] {
  if (here.identity !== null && thereIdentity === here.identity) return [];
  const differences: string[] = [];
  if (here.name !== there.name) differences.push(`tên đại hội (ở đây "${here.name}", trong tệp "${there.name}")`);
  if (here.kind !== there.kind) differences.push(`loại đại hội (ở đây ${CONGRESS_KIND_LABELS[here.kind]}, trong tệp ${CONGRESS_KIND_LABELS[there.kind]})`);
  if (here.summoned !== there.summoned) differences.push(`số được triệu tập (ở đây ${here.summoned}, trong tệp ${there.summoned})`);
  const key = (e: CongressFacts['exclusions']) => JSON.stringify(e.map((x) => [x.reason, x.count]));
  if (key(here.exclusions) !== key(there.exclusions)) {
    const bases = `số cơ sở ${congressBase(here.summoned, [...here.exclusions])} và ${congressBase(there.summoned, [...there.exclusions])}`;
    differences.push(`các trường hợp loại trừ (ở đây ${exclusionsText(here.exclusions)}; trong tệp ${exclusionsText(there.exclusions)}; ${bases})`);
  }
  return differences;
}
