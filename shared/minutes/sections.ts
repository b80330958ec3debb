import { INVALID_REASON_LABELS, INVALID_REASONS } from '../domain';
import { percentHundredths } from '../format/percent';
import { congressBase } from '../rules/base';
import type { ElectionTally } from '../rules/tally';
import { committeeLines } from './committee';
import { localDateTimeOf, vietnameseDate, vietnameseTime } from '../format/date';
import type { MinutesBlock, MinutesColumn, MinutesSource, WithdrawalAfterPrinting } from './model';
import { BALLOT_LABELS, electedHeadingOfTheMinutes, lowerFirst, SEATS_LABEL, seatsLabel } from './figures';
import { outcomeSentence, type OutcomeStatement } from './outcome';
import { paperRows, WITHDRAWN_NAME_NOTE } from './paper-rows';
import { blank, count, plain, type Figure, type Line } from './text';
import { capitalized, roundList, type AssemblyWords } from './wording';

/** The numbered sections of the minutes (RULES R9), each built from the tally and the congress. */

export interface SectionContext extends MinutesSource {
  words: AssemblyWords;
  /** What is elected, as the sentences say it. */
  subject: string;
  inWords: boolean;
}

const heading = (text: Line): MinutesBlock => ({ kind: 'heading', text });
const list = (items: readonly Line[], level: 1 | 2 = 1): MinutesBlock => ({ kind: 'list', items, level });
const paragraph = (text: Line, style: 'plain' | 'bold' = 'plain'): MinutesBlock => ({ kind: 'paragraph', text, style });

/** "Đại hội đã biểu quyết số lượng … là 3 đồng chí" (a committee meeting: "Số lượng … đã được biểu quyết là …"). */
function votedLine({ congress, words, subject, inWords }: SectionContext, voted: number): Line {
  return congress.kind === 'committee' ? [`Số lượng ${subject} đã được biểu quyết là `, count(voted, inWords), ' đồng chí'] : [`${capitalized(words.body)} đã biểu quyết số lượng ${subject} là `, count(voted, inWords), ' đồng chí'];
}

/**
 * The seats voted now, and the size the congress voted when it differs (76 voted, 74 elected now).
 * A round after the first elects its own seats, not the number the congress voted: each is said
 * in its own words, with what the rounds before elected.
 */
export function seatsSection(n: number, context: SectionContext): MinutesBlock[] {
  const { election, tally, words, inWords } = context;
  if (tally.round > 1) {
    const seats = heading([`${n}. ${seatsLabel(tally.round)}: `, count(tally.seats, inWords), ' đồng chí.']);
    const earlier = election.earlierRounds;
    if (!earlier) return [seats];
    const before: Line = earlier.elected === 0 ? [`${roundList(earlier.rounds)} chưa bầu được đồng chí nào.`] : [`${roundList(earlier.rounds)} đã bầu được `, count(earlier.elected, inWords), ' đồng chí.'];
    return [seats, list([[...votedLine(context, earlier.voted), '; ', ...before]])];
  }
  const approved = election.approvedSeats ?? null;
  if (approved === null || approved === tally.seats) return [heading([`${n}. ${SEATS_LABEL} (${words.body} đã biểu quyết): `, count(tally.seats, inWords), ' đồng chí.'])];
  return [heading([`${n}. ${SEATS_LABEL}: `, count(tally.seats, inWords), ' đồng chí.']), list([[...votedLine(context, approved), `; ${lowerFirst(SEATS_LABEL)} tại ${words.body} lần này là `, count(tally.seats, inWords), ' đồng chí.']])];
}

/** "lúc 9 giờ 15 phút, ngày 20 tháng 6 năm 2025", on the machine's clock (where the congress sits). */
function decidedAt(at: string | null): string {
  const date = at === null ? null : new Date(at);
  if (date === null || Number.isNaN(date.getTime())) return '';
  const moment = localDateTimeOf(date);
  return ` lúc ${vietnameseTime(moment)}, ${vietnameseDate(moment)}`;
}

/** RULES R1: a withdrawal after printing, in words: who, their number on the paper, when, and that the name stays on the paper with no vote. */
function withdrawalAfterPrinting(w: WithdrawalAfterPrinting, body: string): string {
  return `Sau khi phiếu bầu đã in, đồng chí ${w.name} (số ${w.number} trên phiếu bầu) xin rút khỏi danh sách bầu cử, được ${body} đồng ý${decidedAt(w.at)}; tên đồng chí vẫn in trên phiếu bầu nhưng không được tính phiếu.`;
}

/** The list as the paper prints it (RULES R1, R9): format, names with their printed numbers, and the withdrawals. */
export function listSection(n: number, { tally, election, words, inWords }: SectionContext): MinutesBlock[] {
  const format = tally.format === 'A' ? `gạch tên (danh sách nhiều hơn ${lowerFirst(SEATS_LABEL)})` : 'đánh dấu vào ô "Đồng ý" hoặc "Không đồng ý"';
  const afterPrinting = election.withdrawnAfterPrinting ?? [];
  const columns: MinutesColumn[] = [{ header: 'TT', width: 8, align: 'center' }, { header: 'Họ và tên', width: 92, align: 'left' }];
  const rows = tally.paper.map((c) => [[String(c.number)], [c.withdrawn ? `${c.name} (${WITHDRAWN_NAME_NOTE})` : c.name]]);
  const blocks: MinutesBlock[] =
    afterPrinting.length === 0
      ? [heading([`${n}. Danh sách bầu cử gồm `, count(tally.candidates.length, inWords), ` đồng chí (xếp theo thứ tự trên phiếu bầu, theo vần A, B, C); phiếu bầu theo hình thức ${format}:`]), { kind: 'table', columns, rows }]
      : [
          heading([`${n}. Phiếu bầu in danh sách `, count(tally.paper.length, inWords), ` đồng chí (theo thứ tự trên phiếu bầu, theo vần A, B, C); phiếu bầu theo hình thức ${format}:`]),
          { kind: 'table', columns, rows },
          ...afterPrinting.map((w) => paragraph([withdrawalAfterPrinting(w, words.body)])),
          paragraph(['Danh sách bầu cử còn ', count(tally.candidates.length, inWords), ' đồng chí; phiếu hợp lệ hay không hợp lệ được xét trên những người còn trong danh sách.']),
        ];
  if (election.withdrawn.length > 0) blocks.push(paragraph([`Xin rút khỏi danh sách (được ${words.body} đồng ý, không có tên trên phiếu bầu): ${election.withdrawn.join(', ')}.`]));
  if (tally.format === 'B' && tally.paper.length > 1) {
    blocks.push(paragraph([`Phiếu đánh dấu cả hai ô hoặc bỏ trống ở mọi tên được tính là phiếu ${election.allBothOrNoneInvalid ? 'không hợp lệ' : 'hợp lệ (không tính phiếu cho ai)'}.`]));
  }
  return blocks;
}

export function committeeSection(n: number, { congress }: SectionContext): MinutesBlock[] {
  const lines = committeeLines(congress.countingCommittee);
  return [heading([`${n}. Ban kiểm phiếu gồm ${lines.length === 1 ? 'đồng chí' : 'các đồng chí'}:`]), list(lines)];
}

/** Summoned, present and absent, the base with each exclusion, and what it takes to be elected. */
export function attendanceSection(n: number, { congress, election, tally, words, inWords }: SectionContext): MinutesBlock[] {
  const blocks: MinutesBlock[] = [heading([`${n}. Số ${words.member} và cơ sở tính kết quả:`])];
  if (election.baseOverridden) {
    blocks.push(list([['Cuộc bầu này tính kết quả trên cơ sở riêng (được xác định cho cuộc bầu): ', count(tally.base, inWords, 'base'), ' người.']]));
  } else {
    const present: Line =
      congress.present === null
        ? [`Số ${words.member} có mặt lúc bầu cử: `, blank(6), ' đồng chí; vắng mặt: ', blank(6), ' đồng chí.']
        : [`Số ${words.member} có mặt lúc bầu cử: `, count(congress.present, inWords), ' đồng chí; vắng mặt: ', count(congress.summoned - congress.present, inWords), ' đồng chí.'];
    const base = count(congressBase(congress.summoned, congress.exclusions), inWords, 'base');
    blocks.push(
      list([
        [`Tổng số ${words.member} được triệu tập: `, count(congress.summoned, inWords), ' đồng chí.'],
        present,
        congress.exclusions.length === 0
          ? [`Số ${words.member} làm cơ sở tính kết quả bầu cử: `, base, ' đồng chí (bằng tổng số được triệu tập).']
          : [`Số ${words.member} làm cơ sở tính kết quả bầu cử: `, base, ' đồng chí, bằng tổng số được triệu tập trừ:'],
      ]),
    );
    if (congress.exclusions.length > 0) blocks.push(list(congress.exclusions.map((e) => [`${e.reason}: `, count(e.count, inWords), ' đồng chí.']), 2));
  }
  blocks.push(
    list([
      election.requireMajority
        ? ['Người trúng cử phải được số phiếu bầu quá một nửa so với ', plain(tally.base, 'base'), ', tức là ít nhất ', count(tally.votesNeeded, inWords), ' phiếu.']
        : [`Theo quyết định của ${words.body}, vòng bầu này không đòi hỏi số phiếu quá một nửa: người được nhiều phiếu hơn trúng cử.`],
    ]),
  );
  return blocks;
}

/** Ballots issued and returned, valid and invalid with each reason. */
export function ballotsSection(n: number, { tally, inWords }: SectionContext): MinutesBlock[] {
  const { ballots } = tally;
  const reasons = INVALID_REASONS.filter((r) => (ballots.invalidByReason[r] ?? 0) > 0);
  const blocks: MinutesBlock[] = [
    heading([`${n}. Phiếu bầu:`]),
    list([
      [`${BALLOT_LABELS.issued}: `, ballots.issued === null ? blank(8) : count(ballots.issued, inWords, 'issued'), `; ${lowerFirst(BALLOT_LABELS.returned)}: `, count(ballots.returned, inWords, 'returned'), '.'],
      [`${BALLOT_LABELS.valid}: `, count(ballots.valid, inWords, 'valid'), '.'],
      [`${BALLOT_LABELS.invalid}: `, count(ballots.invalid, inWords, 'invalid'), reasons.length > 0 ? ', gồm:' : '.'],
    ]),
  ];
  if (reasons.length > 0) blocks.push(list(reasons.map((r) => [`${INVALID_REASON_LABELS[r]}: `, count(ballots.invalidByReason[r] as number, inWords, `reason:${r}`), ' phiếu.']), 2));
  return blocks;
}

function resultColumns(tally: ElectionTally): MinutesColumn[] {
  return [
    { header: 'TT', width: 8, align: 'center' },
    { header: 'Họ và tên', width: 58, align: 'left' },
    { header: 'Số phiếu', width: 16, align: 'right' },
    { header: `Tỷ lệ %\nso với ${tally.base}`, width: 18, align: 'right' },
  ];
}

function resultRow(tally: ElectionTally, c: ElectionTally['candidates'][number], number: number): Line[] {
  const percent: Figure = { figure: `percent:${c.id}`, value: percentHundredths(c.votes, tally.base) / 10000, text: c.percent };
  return [[String(number)], [c.name], [plain(c.votes, `votes:${c.id}`)], [percent]];
}

/** In paper order with the printed numbers; a name withdrawn after printing keeps its row, with no vote (RULES R1). */
export function resultsSection(n: number, { tally }: SectionContext): MinutesBlock[] {
  const rows = paperRows(tally).map((row): Line[] => (row.result ? resultRow(tally, row.result, row.number) : [[String(row.number)], [`${row.name} (${WITHDRAWN_NAME_NOTE})`], ['—'], ['—']]));
  return [heading([`${n}. Kết quả kiểm phiếu cụ thể như sau (xếp theo thứ tự như trong phiếu bầu):`]), { kind: 'table', columns: resultColumns(tally), rows }];
}

/** Those elected in vote order, then the tie or the seats left and what comes next. */
export function electedSection(n: number, { tally, subject }: SectionContext, outcome: OutcomeStatement): MinutesBlock[] {
  const byId = new Map(tally.candidates.map((c) => [c.id, c]));
  const elected = tally.elected.flatMap((id) => {
    const c = byId.get(id);
    return c ? [c] : [];
  });
  const blocks: MinutesBlock[] =
    elected.length > 0
      ? [
          heading([`${n}. ${electedHeadingOfTheMinutes(subject, elected.length)}`]),
          { kind: 'table', columns: resultColumns(tally), rows: elected.map((c, i) => resultRow(tally, c, i + 1)) },
        ]
      : [heading([`${n}. ${electedHeadingOfTheMinutes(subject, 0)}`])];
  blocks.push(paragraph([outcomeSentence(outcome)], 'bold'));
  return blocks;
}

/** Findings the paper already says in its own way: ballots issued not given is a dotted line to fill in. */
const SAID_BY_THE_PAPER: ReadonlySet<string> = new Set(['ISSUED_NOT_DECLARED']);

/** The checks of RULES R4: all agree, or each finding (on a rehearsal, the blocking ones too). */
export function checksSection(n: number, { tally }: SectionContext): MinutesBlock[] {
  const problems = tally.problems.filter((p) => !SAID_BY_THE_PAPER.has(p.code));
  return [
    heading([`${n}. Kiểm tra, đối chiếu số liệu:`]),
    list(
      problems.length === 0
        ? [['Các số liệu kiểm tra, đối chiếu đều khớp (phiếu thu vào bằng phiếu hợp lệ cộng phiếu không hợp lệ, không vượt số phiếu phát ra).']]
        : problems.map((p) => [`${p.severity === 'error' ? 'LỖI CHƯA KHẮC PHỤC' : 'Lưu ý'}: ${p.message}.`]),
    ),
  ];
}
