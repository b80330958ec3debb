import { fileNameSlug } from '../text/slug';
import { electionSubject } from './wording';
import type { Office } from '../domain';

/**
 * The file name of a paper of one election, unique per election and round: "bien-ban-kiem-phieu-
 * bch-vong-1-ban-chap-hanh-dang-bo-phuong-khoa-iii.pdf". What is elected comes last, cut between words.
 */
export function electionPaperFileName(paper: string, election: { key: string; round: number; title: string; office: Office }, extension: string): string {
  const head = [fileNameSlug(paper), fileNameSlug(election.key, 40), `vong-${election.round}`].filter((part) => part !== '').join('-');
  const subject = fileNameSlug(electionSubject(election), 99 - head.length);
  return `${subject ? `${head}-${subject}` : head}.${extension}`;
}
