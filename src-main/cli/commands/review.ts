import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElectionInFile, ScanRecord } from '../../../shared/congress-file/schema';
import { electionSetupFromFile } from '../../../shared/congress-file/tally';
import { ballotWords, type NameOnBallot } from '../../../shared/entry/ballot-words';
import { parseBallotInput } from '../../../shared/entry/ballot-input';
import { verdictText } from '../../../shared/entry/verdict';
import { ballotContext } from '../../../shared/rules/tally';
import { judgeBallot, type BallotContext } from '../../../shared/rules/validity';
import { editableElectionIndex } from '../../../shared/congress-file/frozen';
import { confirmScanInFile, setAsideScanInFile, type ScanActor } from '../../../shared/scan/in-file';
import { machineReadingText, reviewKeysText, reviewPrefill, reviewPrompt } from '../../../shared/scan/review-text';
import type { BallotLayout } from '../../../shared/scan/layout';
import { readKeptImage, scansDir, storedName } from '../../scan/evidence-files';
import { electionLayouts } from '../../scan/election-layouts';
import type { AppError } from '../../../shared/result';
import { EXIT_OK, EXIT_USAGE, reportError, type CommandRun, type Output } from '../io';
import { LineReader } from '../line-reader';
import { CongressFileOnDisk } from '../save-congress';

/** What a person decided for one image: counted, set aside, left for later, or the end of the work. */
type Step = 'decided' | 'later' | 'stop';

interface Review {
  path: string;
  disk: CongressFileOnDisk;
  index: number;
  context: BallotContext;
  names: NameOnBallot[];
  layouts: readonly BallotLayout[];
  by: Omit<ScanActor, 'at'>;
  reader: LineReader;
  output: Output;
}

/**
 * `kiem-phieu review FILE.json --election ID --operator NAME`: a person decides, one by one, the
 * scanned ballots the machine could not read with confidence (`scan --count` left them waiting),
 * with the entry screen's keys. Each image is shown as a picture written beside the file, the
 * doubtful rows framed in red; each decision is saved at once, with who made it and when.
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
  const waiting = (election.scans ?? []).filter((s) => s.decision === 'pending');
  if (waiting.length === 0) {
    output.out(`Không còn ảnh phiếu quét nào chờ người xác nhận trong cuộc bầu "${election.id}".\n`);
    return EXIT_OK;
  }
  const context = ballotContext(electionSetupFromFile(congress.congress, election));
  const withdrawn = new Set(context.withdrawnOnPaper ?? []);
  const names: NameOnBallot[] = context.listIds.map((key, i) => ({ key, number: i + 1, name: election.candidates.find((c) => c.id === key)?.name ?? key, withdrawn: withdrawn.has(key) }));
  output.out(`Cuộc bầu "${election.id}"${election.title ? ` (${election.title})` : ''}: ${waiting.length} ảnh chờ người xác nhận.\nDanh sách trên phiếu: ${names.map((n) => `${n.number}. ${n.name}${n.withdrawn ? ' (đã rút, không tính phiếu)' : ''}`).join(' · ')}\nCác phím khác: ${reviewKeysText(context.format)}\n`);
  const review: Review = { path, disk: disk.value, index: index.value, context, names, layouts: setup.value.layouts, by: { operator, ...(typeof values.team === 'string' && values.team.trim() !== '' ? { team: values.team.trim() } : {}) }, reader: new LineReader(undefined, output.out), output };
  let decided = 0;
  try {
    for (const [i, scan] of waiting.entries()) {
      output.out(`\n[${i + 1}/${waiting.length}] Ảnh ${scan.image}${scan.reason ? ` — ${scan.reason}` : ''}\n`);
      const step = await decide(review, scan);
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

/** One image: shown, then typed until it is counted, set aside or left for later. */
async function decide(review: Review, scan: ScanRecord): Promise<Step> {
  const { output, reader, context } = review;
  output.out(`  Ảnh đã nắn thẳng, các dòng cần xem đóng khung đỏ: ${await writeReviewPicture(review, scan)}\n`);
  output.out(`  Máy đọc: ${machineReadingText(context.listIds, { struck: scan.struck ?? null, marks: scan.marks ?? null, uncertain: scan.uncertain, machineInvalid: null, outsideInk: false })}\n`);
  const pretyped = reviewPrefill(context.format, context.listIds, { struck: scan.struck ?? null, marks: scan.marks ?? null });
  for (;;) {
    const line = await reader.ask(`  ${reviewPrompt(context.format)}; "-" không tính ảnh này; dòng trống: để sau; "q": dừng\n  > `, pretyped);
    if (line === null || line.trim().toLowerCase() === 'q') return 'stop';
    const typed = line.trim();
    if (typed === '') return 'later';
    if (typed === '-') {
      const reason = await reader.ask('  Lý do không tính ảnh này: ');
      if (reason === null) return 'stop';
      const aside = setAsideScanInFile(electionOf(review), scan.sha256, reason, now(review));
      if (!aside.ok) {
        output.out(`  ${aside.error.message}\n`);
        continue;
      }
      save(review, aside.value);
      output.out(`  Không tính ảnh ${scan.image}: ${reason.trim()}\n`);
      return 'decided';
    }
    const parsed = parseBallotInput(typed, { format: context.format, listIds: context.listIds, mode: 'struck' });
    const errors = [...parsed.errors, ...(parsed.count > 1 ? ['Mỗi ảnh là một phiếu: không dùng *'] : [])];
    if (errors.length > 0 || parsed.empty) {
      output.out(`  ${errors.join('; ') || 'Gõ phiếu như màn hình Nhập phiếu'}\n`);
      continue;
    }
    let note: string | undefined;
    if (parsed.ruling === 'COMMITTEE_RULED') {
      const answer = await reader.ask('  Lý do Ban kiểm phiếu kết luận phiếu không hợp lệ: ');
      if (answer === null) return 'stop';
      note = answer.trim();
    }
    const words = ballotWords(parsed.content, review.names);
    const sure = await reader.ask(`  ${words ? `${words} — ` : ''}${verdictText(judgeBallot(parsed.choice, parsed.ruling, context))}. Enter để tính phiếu này, "n" để gõ lại: `);
    if (sure === null) return 'stop';
    if (sure.trim() !== '') continue;
    const confirmed = confirmScanInFile(electionOf(review), scan.sha256, { content: parsed.content, ruling: parsed.ruling, ...(note ? { note } : {}) }, now(review), review.disk.file.congress);
    if (!confirmed.ok) {
      output.out(`  ${confirmed.error.message}\n`);
      continue;
    }
    save(review, confirmed.value.election);
    output.out(`  Đã tính ảnh ${scan.image}: phiếu số ${confirmed.value.number}, ${verdictText(confirmed.value.verdict).toLocaleLowerCase('vi')}\n`);
    return 'decided';
  }
}

function electionOf(review: Review): ElectionInFile {
  return review.disk.file.elections[review.index] as ElectionInFile;
}

function now(review: Review): ScanActor {
  return { ...review.by, at: new Date().toISOString() };
}

/** A decision that could not be saved: the work stops there, and says why. */
class NotSaved extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

/** Every decision is written at once (whole or not at all, never over a file changed meanwhile). */
function save(review: Review, election: ElectionInFile): void {
  const file = review.disk.file;
  const saved = review.disk.save({ ...file, elections: file.elections.map((e, i) => (i === review.index ? election : e)) });
  if (!saved.ok) throw new NotSaved(saved.error);
}

/** The picture beside the kept image, `<sha256>.xem.png`; or why there is none (the paper ballot is then the one to look at). */
async function writeReviewPicture(review: Review, scan: ScanRecord): Promise<string> {
  const dir = scansDir(review.path);
  const bytes = readKeptImage(dir, storedName(scan.sha256, scan.image));
  if (!bytes.ok) return `(không có: ${bytes.error.message}; hãy xem phiếu giấy)`;
  const { scanPicture, pictureWithRowsPng } = await import('../../services/scan-picture');
  const picture = await scanPicture(bytes.value, review.layouts, new Set(scan.uncertain));
  if (!picture) return '(ảnh không hiển thị được; hãy xem phiếu giấy)';
  const out = join(dir, `${scan.sha256}.xem.png`);
  try {
    writeFileSync(out, await pictureWithRowsPng(picture));
  } catch (error) {
    return `(không ghi được ${out}: ${(error as Error).message})`;
  }
  return out;
}
