import { writeFileSync } from 'node:fs';
import type { CongressFile } from '../../shared/congress-file/schema';
import { fail, ok, type Result } from '../../shared/result';
import { ballotPaperBlockers, checkListOf, REHEARSAL_BALLOT_WORDS } from '../../shared/rules/surplus';
import type { Problem } from '../../shared/rules/problems';
import { PER_SHEET_EXPECTED, perSheetOf } from '../../shared/scan/layout';
import { buildBallotPaper } from './ballot-paper';
import { ballotInputFromFile } from './ballot-file-input';
import { ERROR_CODES } from '../../shared/api/errors';

/** `OUT.pdf` → `OUT.layout.json` (any other name gets `.layout.json` added). */
export function layoutPathFor(pdfPath: string): string {
  return `${pdfPath.replace(/\.pdf$/i, '')}.layout.json`;
}

/** R7's blocking findings on the list of an election of the file (rules/surplus.ts): with any, the print is a rehearsal. */
function paperBlockersInFile(congress: CongressFile, electionId: string): Problem[] {
  const election = congress.elections.find((e) => e.id === electionId);
  return election ? ballotPaperBlockers(checkListOf(election, election.candidates.filter((c) => !c.withdrawn))) : [];
}

/**
 * `kiem-phieu export FILE.json --ballots OUT.pdf [--election ID] [--per-sheet 1|2|4]`: the ballot
 * paper of one election, and beside it its layout (`OUT.layout.json`) for the scanner. Official
 * papers only for a list that passes R7's blocking checks; otherwise a rehearsal print, marked so
 * on every ballot, and the summary says so.
 */
export async function writeBallotPaperFile(congress: CongressFile, outPath: string, options: { election: string | undefined; perSheet: string | undefined }): Promise<Result<{ summary: string }>> {
  const perSheet = options.perSheet === undefined ? undefined : perSheetOf(options.perSheet);
  if (perSheet === null) return fail(ERROR_CODES.invalidInput, `--per-sheet "${options.perSheet}": ${PER_SHEET_EXPECTED}`);
  const input = ballotInputFromFile(congress, options.election);
  if (!input.ok) return input;
  const blockers = paperBlockersInFile(congress, input.value.election.id);
  const built = await buildBallotPaper(input.value, { ...(perSheet === undefined ? {} : { perPage: perSheet }), rehearsal: blockers.length > 0 });
  if (!built.ok) return built;
  const layoutPath = layoutPathFor(outPath);
  try {
    writeFileSync(outPath, built.value.pdf);
    writeFileSync(layoutPath, `${JSON.stringify(built.value.layout, null, 2)}\n`);
  } catch (error) {
    return fail(ERROR_CODES.cannotWrite, `Không ghi được tệp "${outPath}": ${(error as Error).message}`);
  }
  const { layout } = built.value;
  const what = `phiếu bầu cuộc bầu "${layout.election.id}" (mẫu ${layout.election.ballotFormat}, ${layout.perSheet} phiếu một tờ), bố cục cho máy quét ở ${layoutPath}`;
  if (blockers.length === 0) return ok({ summary: what });
  return ok({ summary: `PHIẾU IN THỬ, KHÔNG DÙNG ĐỂ BẦU: ${what}. Danh sách chưa đạt quy định nên chưa in được phiếu chính thức (mỗi phiếu ghi "${REHEARSAL_BALLOT_WORDS}"): ${blockers.map((p) => p.message).join('; ')}` });
}
