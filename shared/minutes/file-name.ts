import { fileNameSlug } from '../text/slug';
import { electionSubject } from './wording';
import type { Office } from '../domain';

/** At most this many characters before the extension: with it, a name of at most 100. */
const MAX_NAME = 96;

/**
 * The file name of a paper of one election, from Vietnamese words only (issue 18, item 8): the
 * paper, what is elected, cut between words, and the round after the first: "bien-ban-kiem-
 * phieu-ban-chap-hanh-dang-bo-phuong-khoa-iii.pdf", "phieu-bau-chi-uy-chi-bo-khu-pho-3-vong-2.pdf".
 */
export function electionPaperFileName(paper: string, election: { round: number; title: string; office: Office }, extension: string): string {
  const head = fileNameSlug(paper);
  const round = election.round > 1 ? `-vong-${election.round}` : '';
  const subject = fileNameSlug(electionSubject(election), MAX_NAME - head.length - 1 - round.length);
  return `${[head, subject].filter((part) => part !== '').join('-')}${round}.${extension}`;
}

/** A file named after a congress or a meeting: "tong-hop-ket-qua-dai-hoi-chi-bo-khu-pho-3-lan-thu-xv.pdf", cut between words. */
export function congressFileName(paper: string, name: string, extension: string): string {
  const head = fileNameSlug(paper);
  const named = fileNameSlug(name, MAX_NAME - head.length - 1);
  return `${[head, named].filter((part) => part !== '').join('-') || 'ho-so'}.${extension}`;
}
