import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElectionInFile, ScanRecord } from '../../../shared/congress-file/schema';
import { electionTallyInputFromFile, scanFiguresOf } from '../../../shared/congress-file/tally';
import { ballotWords } from '../../../shared/entry/ballot-words';
import { verdictText } from '../../../shared/entry/verdict';
import { closeCandidates, closeText, DEFAULT_SCAN_MARGIN } from '../../../shared/rules/margin';
import { tallyElection } from '../../../shared/rules/tally';
import { judgeBallot } from '../../../shared/rules/validity';
import { scanCounts } from '../../../shared/scan/decision';
import { COUNTED_WORDS, countedFor, drawnNumber, drawPapers, marginChecked, SPOT_CHECK_PAPERS, type SecondLook } from '../../../shared/scan/second-look';
import { printableName } from '../../../shared/text/printable';
import { ballotRecordFromEntry } from '../../../shared/validation/ballot-entry';
import { readKeptImage, scansDir, storedName } from '../../scan/evidence-files';
import type { RowCrop } from '../../services/scan-crops';
import { keptReading, writeReviewPicture } from './picture';
import { electionOf, save, type Review } from './session';

/** A scanned paper that counts, with the ballot it is in the file. */
interface ScannedPaper {
  number: number;
  scan: ScanRecord;
  entry: ElectionInFile['ballots'][number];
}

function scannedPapers(election: ElectionInFile): ScannedPaper[] {
  const byNumber = new Map(election.ballots.flatMap((b) => (b.number === undefined ? [] : [[b.number, b] as const])));
  return (election.scans ?? [])
    .filter((s) => scanCounts(s.decision) && s.number !== undefined && byNumber.has(s.number))
    .map((s) => ({ number: s.number as number, scan: s, entry: byNumber.get(s.number as number) as ElectionInFile['ballots'][number] }))
    .sort((a, b) => a.number - b.number);
}

function record(review: Review, check: SecondLook): void {
  const election = electionOf(review);
  save(review, { ...election, scanChecks: [...(election.scanChecks ?? []), check] });
}

/**
 * `review --margin` (issue 17, item 8): the candidates whose result a few papers read differently
 * would change (rules/margin.ts), and for each, the row of their name on every scanned paper in
 * one picture (`<file>.scans/xem-lai-<id>.png`, each row with what the paper was counted as); the
 * committee answers in one line: Enter when every row is as counted, or the numbers of the papers
 * that are not. Recorded in the file (`scanChecks`); the lock waits for it (RULES R4).
 */
export async function marginLook(review: Review): Promise<'done' | 'stop'> {
  const { output, reader } = review;
  const election = electionOf(review);
  const congress = review.disk.file.congress;
  const tally = tallyElection(electionTallyInputFromFile(congress, election));
  const margin = election.scanMargin ?? DEFAULT_SCAN_MARGIN;
  const papers = scannedPapers(election);
  const close = papers.length === 0 ? [] : closeCandidates({ candidates: tally.candidates, seats: tally.seats, base: tally.base, requireMajority: election.requireMajority, margin });
  const scanned = scanFiguresOf(election.scans ?? []).counted;
  if (close.length === 0) {
    output.out(`Không có kết quả nào cách biệt từ ${margin} phiếu trở xuống trên các phiếu quét: không cần xem lại.\n`);
    return 'done';
  }
  output.out(`Kết quả được quyết định bởi rất ít phiếu (từ ${margin} phiếu trở xuống):\n${close.map((c) => `  - ${closeText(c)}\n`).join('')}`);
  if (marginChecked(election.scanChecks ?? [], close, margin, scanned)) output.out('Đã có lần xem lại cho đúng các kết quả này; xem lại lần nữa nếu muốn.\n');
  const { rowCrops } = await import('../../services/scan-crops');
  const { cropSheetPng } = await import('../../services/scan-crop-sheet');
  const crops = new Map<string, { number: number; counted: string; crop: RowCrop }[]>();
  let missing = 0;
  for (const paper of papers) {
    const bytes = readKeptImage(scansDir(review.path), storedName(paper.scan.sha256, paper.scan.image));
    const reading = keptReading(review, paper.scan);
    const rows = bytes.ok && reading ? await rowCrops(bytes.value, review.layouts, reading, close.map((c) => c.id)) : null;
    if (!rows) missing++;
    const choice = ballotRecordFromEntry(paper.entry).choice;
    for (const row of rows ?? []) crops.set(row.id, [...(crops.get(row.id) ?? []), { number: paper.number, counted: `${COUNTED_WORDS[countedFor(choice, row.id)]}${paper.entry.invalid ? ' (không hợp lệ)' : ''}`, crop: row }]);
  }
  for (const c of close) {
    const out = join(scansDir(review.path), `xem-lai-${c.id}.png`);
    writeFileSync(out, await cropSheetPng(`${closeText(c)}: dòng tên trên ${papers.length} phiếu quét`, (crops.get(c.id) ?? []).map((x) => ({ caption: `Phiếu số ${x.number}: ${x.counted}`, crop: x.crop }))));
    output.out(`  Dòng tên của ${c.name} trên mọi phiếu quét: ${out}\n`);
  }
  if (missing > 0) output.out(`  ${missing} phiếu không có ảnh nắn thẳng được (ảnh hoặc kết quả đọc không còn bên cạnh tệp): hãy xem các phiếu giấy đó.\n`);
  for (;;) {
    const line = await reader.ask('  Enter nếu mọi dòng đúng như đã tính; hoặc gõ số các phiếu chưa đúng (cách nhau bằng dấu cách); "q": dừng\n  > ');
    if (line === null || line.trim().toLowerCase() === 'q') return 'stop';
    const numbers = line.trim() === '' ? [] : line.trim().split(/[\s,;]+/).map(Number);
    const unknown = numbers.filter((n) => !papers.some((p) => p.number === n));
    if (unknown.length > 0) {
      output.out(`  Không có phiếu quét số ${unknown.join(', ')}\n`);
      continue;
    }
    const wrong = [...new Set(numbers)].sort((a, b) => a - b);
    record(review, { kind: 'margin', at: new Date().toISOString(), operator: review.by.operator, margin, candidates: close.map((c) => ({ id: c.id, votes: c.votes })), scanned, wrong });
    output.out(wrong.length === 0 ? '  Đã ghi: mọi phiếu đúng như đã tính.\n' : `  Đã ghi: phiếu số ${wrong.join(', ')} chưa đúng như đã tính. Sửa các phiếu đó rồi xem lại trước khi chốt.\n`);
    return 'done';
  }
}

/**
 * `review --spot-check [--papers K]`: the chair types the number drawn in the hall; the papers it
 * draws (scan/second-look.ts: the same number, the same papers) are shown one by one, the
 * straightened image written beside the file and what was counted said; Enter when it agrees, `s`
 * when not. Recorded in the file (`scanChecks`).
 */
export async function spotCheck(review: Review, count = SPOT_CHECK_PAPERS): Promise<'done' | 'stop'> {
  const { output, reader } = review;
  const election = electionOf(review);
  const papers = scannedPapers(election);
  if (papers.length === 0) {
    output.out('Chưa có phiếu nào được tính từ ảnh quét: chưa có gì để kiểm tra.\n');
    return 'done';
  }
  let seed: string | null = null;
  while (seed === null) {
    const typed = await reader.ask('Số bốc thăm tại hội trường: ');
    if (typed === null || typed.trim().toLowerCase() === 'q') return 'stop';
    seed = drawnNumber(typed);
    if (seed === null) output.out('  Gõ số bốc thăm (chỉ gồm chữ số)\n');
  }
  const drawn = drawPapers(seed, { id: election.id, round: election.round }, papers.map((p) => p.number), count);
  output.out(`Số ${seed} bốc ra ${drawn.length} phiếu: ${drawn.join(', ')}.\n`);
  const answers: { number: number; agrees: boolean }[] = [];
  const context = review.context;
  for (const number of drawn) {
    const paper = papers.find((p) => p.number === number) as ScannedPaper;
    const counted = ballotRecordFromEntry(paper.entry);
    const words = ballotWords(paper.entry, review.names);
    output.out(`\n  Phiếu số ${number} (${printableName(paper.scan.image)}): ${await writeReviewPicture(review, paper.scan, keptReading(review, paper.scan))}\n`);
    output.out(`  Đã tính: ${words ? `${words} — ` : ''}${verdictText(judgeBallot(counted.choice, counted.ruling, context))}\n`);
    for (;;) {
      const line = await reader.ask('  Enter nếu ảnh đúng như đã tính, "s" nếu không đúng; "q": dừng (chưa ghi gì)\n  > ');
      if (line === null || line.trim().toLowerCase() === 'q') return 'stop';
      const typed = line.trim().toLowerCase();
      if (typed !== '' && typed !== 's') continue;
      answers.push({ number, agrees: typed === '' });
      break;
    }
  }
  record(review, { kind: 'spot', at: new Date().toISOString(), operator: review.by.operator, seed, papers: answers });
  const wrong = answers.filter((a) => !a.agrees).map((a) => a.number);
  output.out(wrong.length === 0 ? `\nĐã ghi: ${answers.length} phiếu đúng như đã tính.\n` : `\nĐã ghi: phiếu số ${wrong.join(', ')} không đúng như đã tính: sửa các phiếu đó.\n`);
  return 'done';
}

