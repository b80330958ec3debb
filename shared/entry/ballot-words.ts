import type { Mark } from '../domain';

/** A name as the paper prints it: its number on the ballot and the name. */
export interface NameOnBallot {
  key: string;
  number: number | null;
  name: string;
  /** Withdrawn after the papers were printed: on the paper, no vote (RULES R1). */
  withdrawn?: boolean;
}

const MARK_WORDS: Record<Mark, string> = { agree: 'đồng ý', disagree: 'không đồng ý', both: 'cả hai ô', none: 'bỏ trống' };

/**
 * What a ballot says, in words, for the list of ballots just entered: the names struck (or
 * kept), or for format B who got which mark; empty when only a ruling was typed.
 */
export function ballotWords(content: { struck?: readonly string[] | undefined; kept?: readonly string[] | undefined; marks?: Readonly<Record<string, Mark>> | undefined }, names: readonly NameOnBallot[]): string {
  const listed = names.filter((n) => n.number !== null);
  const label = (key: string) => {
    const found = listed.find((n) => n.key === key);
    return found ? `${found.number}. ${found.name}${found.withdrawn ? ' (đã rút)' : ''}` : key;
  };
  const { struck, kept, marks } = content;
  if (struck !== undefined) {
    if (struck.length === 0) return 'không gạch ai';
    if (struck.length === listed.length) return 'gạch hết';
    return `gạch ${struck.map(label).join(', ')}`;
  }
  if (kept !== undefined) return kept.length === 0 ? 'không giữ ai' : `giữ ${kept.map(label).join(', ')}`;
  if (marks !== undefined) {
    const groups = (['agree', 'disagree', 'both', 'none'] as const)
      .map((mark) => [mark, listed.filter((n) => (marks[n.key] ?? 'none') === mark)] as const)
      .filter(([, who]) => who.length > 0);
    return groups.map(([mark, who]) => `${MARK_WORDS[mark]}: ${who.map((n) => n.name).join(', ')}`).join('; ');
  }
  return '';
}
