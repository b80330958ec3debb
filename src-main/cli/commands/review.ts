import type { ElectionInFile } from '../../../shared/congress-file/schema';
import { electionSetupFromFile } from '../../../shared/congress-file/tally';
import type { NameOnBallot } from '../../../shared/entry/ballot-words';
import { ballotContext } from '../../../shared/rules/tally';
import { editableElectionIndex } from '../../../shared/congress-file/frozen';
import { reviewKeysText } from '../../../shared/scan/review-text';
import { printableName } from '../../../shared/text/printable';
import { electionLayouts } from '../../scan/election-layouts';
import { SPOT_CHECK_PAPERS } from '../../../shared/scan/second-look';
import { EXIT_OK, EXIT_USAGE, reportError, type CommandRun, type ParsedArgs } from '../io';
import { LineReader } from '../line-reader';
import { decideImage } from '../review/decide-image';
import { marginLook, spotCheck } from '../review/second-look';
import { NotSaved, type Review } from '../review/session';
import { CongressFileOnDisk } from '../save-congress';

/**
 * `kiem-phieu review FILE.json --election ID --operator NAME`: a person decides, one by one, the
 * scanned ballots the machine could not read with confidence (`scan --count` left them waiting),
 * with the entry screen's keys (review/decide-image.ts: a row the machine was unsure of is one key
 * and Enter). Each image is shown as a picture written beside the file, straightened, the doubtful
 * rows framed with their reasons beside them; each decision is saved at once, with who made it and when.
 */
export const runReview: CommandRun = async ({ positionals, values }, output) => {
  const path = positionals[0] as string;
  const operator = typeof values.operator === 'string' ? values.operator.trim() : '';
  if (operator === '') {
    output.err('Ghi tên người xác nhận phiếu: --operator "Họ và tên"\n');
    return EXIT_USAGE;
  }
  const disk = CongressFileOnDisk.open(path);
  if (!disk.ok) return reportError(output, path, disk.error);
  const congress = disk.value.file;
  const setup = electionLayouts(congress, typeof values.election === 'string' ? values.election : undefined);
  if (!setup.ok) return reportError(output, path, setup.error);
  const index = editableElectionIndex(congress, setup.value.electionId ?? '');
  if (!index.ok) return reportError(output, path, index.error);
  const election = congress.elections[index.value] as ElectionInFile;
  const context = ballotContext(electionSetupFromFile(congress.congress, election));
  const withdrawn = new Set(context.withdrawnOnPaper ?? []);
  const names: NameOnBallot[] = context.listIds.map((key, i) => ({ key, number: i + 1, name: election.candidates.find((c) => c.id === key)?.name ?? key, withdrawn: withdrawn.has(key) }));
  const review: Review = { path, disk: disk.value, index: index.value, context, names, layouts: setup.value.layouts, by: { operator, ...(typeof values.team === 'string' && values.team.trim() !== '' ? { team: values.team.trim() } : {}) }, reader: new LineReader(undefined, output.out), output };
  if (values.margin === true || values['spot-check'] === true) return secondLook(review, values);
  const waiting = (election.scans ?? []).filter((s) => s.decision === 'pending');
  if (waiting.length === 0) {
    review.reader.close();
    output.out(`Không còn ảnh phiếu quét nào chờ người xác nhận trong cuộc bầu "${election.id}".\n`);
    return EXIT_OK;
  }
  output.out(`Cuộc bầu "${election.id}"${election.title ? ` (${election.title})` : ''}: ${waiting.length} ảnh chờ người xác nhận.\nDanh sách trên phiếu: ${names.map((n) => `${n.number}. ${n.name}${n.withdrawn ? ' (đã rút, không tính phiếu)' : ''}`).join(' · ')}\nCác phím khác: ${reviewKeysText(context.format)}\n`);
  let decided = 0;
  try {
    for (const [i, scan] of waiting.entries()) {
      output.out(`\n[${i + 1}/${waiting.length}] Ảnh ${printableName(scan.image)}${scan.reason ? ` — ${scan.reason}` : ''}\n`);
      const step = await decideImage(review, scan);
      if (step === 'stop') break;
      if (step === 'decided') decided++;
    }
  } catch (error) {
    review.reader.close();
    if (error instanceof NotSaved) return reportError(output, path, error.error);
    throw error;
  }
  review.reader.close();
  const left = (review.disk.file.elections[review.index]?.scans ?? []).filter((s) => s.decision === 'pending').length;
  output.out(`\nĐã quyết định ${decided} ảnh; còn ${left} ảnh chờ người xác nhận.\n`);
  if (left === 0) output.out(`Khi số liệu đã đủ: kiem-phieu lock ${path} --election ${election.id}\n`);
  return EXIT_OK;
};

/** `--margin` and `--spot-check` (issue 17, item 8): a second look at the papers counted from scans (review/second-look.ts). */
async function secondLook(review: Review, values: ParsedArgs['values']): Promise<number> {
  const papers = typeof values.papers === 'string' ? Number(values.papers) : SPOT_CHECK_PAPERS;
  if (!Number.isInteger(papers) || papers < 1 || papers > 100) {
    review.reader.close();
    review.output.err(`--papers "${String(values.papers)}": số phiếu bốc ra là một số từ 1 đến 100\n`);
    return EXIT_USAGE;
  }
  try {
    if (values.margin === true && (await marginLook(review)) === 'stop') return EXIT_OK;
    if (values['spot-check'] === true) await spotCheck(review, papers);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof NotSaved) return reportError(review.output, review.path, error.error);
    throw error;
  } finally {
    review.reader.close();
  }
}
