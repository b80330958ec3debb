import type { ScanRecord } from '../../../shared/congress-file/schema';
import { parseBallotInput, type ParsedBallot } from '../../../shared/entry/ballot-input';
import { ballotWords } from '../../../shared/entry/ballot-words';
import { verdictText } from '../../../shared/entry/verdict';
import { judgeBallot } from '../../../shared/rules/validity';
import { confirmScanInFile, decideSamePaperInFile, setAsideScanInFile } from '../../../shared/scan/in-file';
import { SAME_PAPER_KEY_WORDS, SAME_PAPER_KEYS, SAME_PAPER_QUESTION } from '../../../shared/scan/resemblance';
import { reviewText, rowAnswerKeys, rowAnswerOfKey, undecidedRows, verdictsByAnswer, type ConfidentReading, type RowAnswer } from '../../../shared/scan/review-rows';
import { doubtsOf, machineReadingText, reviewPrefill, reviewPrompt } from '../../../shared/scan/review-text';
import { printableName } from '../../../shared/text/printable';
import { keptReading, writeReviewPicture, writeSamePaperPicture } from './picture';
import { electionOf, now, save, type Review, type Step } from './session';

const STOP_WORDS = '"-" không tính ảnh này; dòng trống: để sau; "q": dừng';

/** What the rows' questions came to: each row answered, a whole ballot typed instead, or a step (later, stop, set aside). */
type RowsAnswered = { kind: 'answers'; answers: Record<string, RowAnswer> } | { kind: 'typed'; line: string } | { kind: 'step'; step: Step };

/**
 * One image: shown, then decided. Each row the machine was unsure of is asked on its own, one key
 * and Enter (issue 17, item 3): format A `1` struck, `0` kept; format B the mark keys. Before the
 * last row's key the command says what the ballot comes to with each answer, and that key counts
 * it. A whole ballot may be typed instead at any question, as on the entry screen (then said back
 * and confirmed); an image with no row to decide (the machine found it invalid, ink outside the
 * rows) is typed so.
 */
export async function decideImage(review: Review, record: ScanRecord): Promise<Step> {
  let scan = record;
  const { output, context } = review;
  const reading = keptReading(review, scan);
  output.out(`  ${await writeReviewPicture(review, scan, reading)}\n`);
  if (scan.sameAs !== undefined && scan.samePaper === undefined) {
    const answered = await answerSamePaper(review, scan);
    if (answered !== 'another') return answered;
    // Another paper the machine was not sure of: the rest of its decision follows.
    scan = (electionOf(review).scans ?? []).find((s) => s.sha256 === scan.sha256) ?? scan;
  }
  const machine: ConfidentReading = { struck: scan.struck ?? null, marks: scan.marks ?? null, uncertain: scan.uncertain };
  output.out(`  Máy đọc: ${machineReadingText(context.listIds, { ...machine, machineInvalid: null, outsideInk: false })}\n`);
  const read = machine.struck !== null || machine.marks !== null;
  const rows = read ? undecidedRows(context.listIds, machine, {}) : [];
  if (rows.length === 0) return typeBallot(review, scan, machine, null);
  const answered = await answerRows(review, scan, machine, rows, reading);
  if (answered.kind === 'step') return answered.step;
  if (answered.kind === 'typed') return typeBallot(review, scan, machine, answered.line);
  const parsed = parseBallotInput(reviewText(context.format, context.listIds, machine, answered.answers), { format: context.format, listIds: context.listIds, mode: 'struck' });
  if (parsed.errors.length > 0 || parsed.empty) return typeBallot(review, scan, machine, null);
  return count(review, scan, parsed, undefined, true) ?? typeBallot(review, scan, machine, null);
}

/**
 * "Cùng một tờ phiếu?" for a paper that looks the same as an earlier one: the two images side by
 * side, then `c` the same paper (set aside, the reason kept) or `k` another paper (counted as the
 * machine read it when it read it with confidence; "another" when the rest is still to decide).
 */
async function answerSamePaper(review: Review, scan: ScanRecord): Promise<Step | 'another'> {
  const { output, reader } = review;
  const earlier = (electionOf(review).scans ?? []).find((s) => s.sha256 === scan.sameAs);
  if (earlier) output.out(`  ${await writeSamePaperPicture(review, scan, earlier)}\n`);
  output.out(`  ${scan.reason ?? SAME_PAPER_QUESTION}\n`);
  for (;;) {
    const line = await reader.ask(`  ${SAME_PAPER_QUESTION} ${SAME_PAPER_KEY_WORDS}; dòng trống: để sau; "q": dừng\n  > `);
    if (line === null || line.trim().toLowerCase() === 'q') return 'stop';
    const typed = line.trim().toLowerCase();
    if (typed === '') return 'later';
    const answer = SAME_PAPER_KEYS[typed];
    if (!answer) {
      output.out(`  Gõ c hoặc k\n`);
      continue;
    }
    const decided = decideSamePaperInFile(electionOf(review), scan.sha256, answer, now(review), review.disk.file.congress);
    if (!decided.ok) {
      output.out(`  ${decided.error.message}\n`);
      return 'later';
    }
    save(review, decided.value.election);
    const after = (decided.value.election.scans ?? []).find((s) => s.sha256 === scan.sha256);
    if (answer === 'same') {
      output.out(`  Không tính ảnh ${printableName(scan.image)}: ${after?.note ?? ''}\n`);
      return 'decided';
    }
    if (decided.value.number !== null) {
      output.out(`  Đã tính ảnh ${printableName(scan.image)} (hai tờ khác nhau): phiếu số ${decided.value.number}\n`);
      return 'decided';
    }
    output.out('  Hai tờ khác nhau: quyết định tiếp phiếu này.\n');
    return 'another';
  }
}

/** The rows, one question each, in ballot order. */
async function answerRows(review: Review, scan: ScanRecord, machine: ConfidentReading, rows: readonly string[], reading: Parameters<typeof doubtsOf>[0] | null): Promise<RowsAnswered> {
  const { output, reader, context } = review;
  const reasons = new Map(doubtsOf(reading ?? { uncertain: scan.uncertain }, context.listIds).map((d) => [d.id, d.reason]));
  const answers: Record<string, RowAnswer> = {};
  for (let i = 0; i < rows.length; ) {
    const id = rows[i] as string;
    const name = review.names.find((n) => n.key === id);
    const last = i === rows.length - 1;
    const choices = last
      ? verdictsByAnswer(context, machine, answers, id).map((o) => `${o.key} ${o.words}: phiếu ${o.verdict ? verdictText(o.verdict).toLocaleLowerCase('vi') : 'chưa đủ'}`)
      : rowAnswerKeys(context.format).map((o) => `${o.key} ${o.words}`);
    output.out(`  Dòng ${name?.number ?? '?'} — ${name?.name ?? id}: ${reasons.get(id) ?? 'máy chưa đọc chắc chắn dòng này'}.\n`);
    const line = await reader.ask(`  Gõ ${choices.join(' · ')}; hoặc gõ cả phiếu; ${STOP_WORDS}\n  > `);
    if (line === null || line.trim().toLowerCase() === 'q') return { kind: 'step', step: 'stop' };
    const typed = line.trim();
    if (typed === '') return { kind: 'step', step: 'later' };
    if (typed === '-') {
      const step = await setAside(review, scan);
      if (step !== 'again') return { kind: 'step', step };
      continue;
    }
    const answer = rowAnswerOfKey(context.format, typed);
    if (answer === null) return { kind: 'typed', line: typed };
    answers[id] = answer;
    i++;
  }
  return { kind: 'answers', answers };
}

/** The whole ballot typed with the entry screen's keys, said back with its verdict, confirmed with Enter. */
async function typeBallot(review: Review, scan: ScanRecord, machine: ConfidentReading, first: string | null): Promise<Step> {
  const { output, reader, context } = review;
  const pretyped = reviewPrefill(context.format, context.listIds, machine);
  let ahead = first;
  for (;;) {
    const line = ahead ?? (await reader.ask(`  ${reviewPrompt(context.format)}; ${STOP_WORDS}\n  > `, pretyped));
    ahead = null;
    if (line === null || line.trim().toLowerCase() === 'q') return 'stop';
    const typed = line.trim();
    if (typed === '') return 'later';
    if (typed === '-') {
      const step = await setAside(review, scan);
      if (step === 'again') continue;
      return step;
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
    const counted = count(review, scan, parsed, note, false);
    if (counted) return counted;
  }
}

/** Counts the image as the ballot decided (`sayWords`: what it holds, when it was not said back before); null (the reason said) when the file refuses it. */
function count(review: Review, scan: ScanRecord, parsed: ParsedBallot, note: string | undefined, sayWords: boolean): Step | null {
  const confirmed = confirmScanInFile(electionOf(review), scan.sha256, { content: parsed.content, ruling: parsed.ruling, ...(note ? { note } : {}) }, now(review), review.disk.file.congress);
  if (!confirmed.ok) {
    review.output.out(`  ${confirmed.error.message}\n`);
    return null;
  }
  save(review, confirmed.value.election);
  const words = sayWords ? ballotWords(parsed.content, review.names) : '';
  review.output.out(`  Đã tính ảnh ${printableName(scan.image)}: phiếu số ${confirmed.value.number}, ${words ? `${words} — ` : ''}${verdictText(confirmed.value.verdict).toLocaleLowerCase('vi')}\n`);
  return 'decided';
}

/** "-": the image is not counted, for the reason the person gives; "again" when the reason is refused (the question is asked again). */
async function setAside(review: Review, scan: ScanRecord): Promise<Step | 'again'> {
  const reason = await review.reader.ask('  Lý do không tính ảnh này: ');
  if (reason === null) return 'stop';
  const aside = setAsideScanInFile(electionOf(review), scan.sha256, reason, now(review));
  if (!aside.ok) {
    review.output.out(`  ${aside.error.message}\n`);
    return 'again';
  }
  save(review, aside.value);
  review.output.out(`  Không tính ảnh ${printableName(scan.image)}: ${reason.trim()}\n`);
  return 'decided';
}
