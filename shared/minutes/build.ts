import { parseIsoDate, vietnameseDate, vietnameseTime, type LocalDateTime } from '../format/date';
import { defaultSignatures } from './committee';
import type { MinutesBlock, MinutesModel, MinutesSource, MinutesWording } from './model';
import { outcomeStatement } from './outcome';
import { scansAnnex } from './scans-annex';
import { attendanceSection, ballotsSection, checksSection, committeeSection, electedSection, listSection, resultsSection, seatsSection, type SectionContext } from './sections';
import { blank, type Line } from './text';
import { assemblyNameLine, assemblyWords, blankDate, electionSubject, electionTitleLine, headingLines, nameAndTerm, PARTY_NAME, placeAndDateLine, roundNote } from './wording';
import { NBSP } from '../text/unbreakable';

/** "Hôm nay, ngày …, tại …, Đại hội … tiến hành bầu …": the date and place written, or left to write by hand. */
function opening({ congress, election, tally, subject }: SectionContext, date: ReturnType<typeof parseIsoDate>): MinutesBlock {
  const when: Line = date ? [`${vietnameseDate(date)}, `] : [...blankDate(), ', '];
  const round = roundNote(election, tally.round);
  return {
    kind: 'paragraph',
    style: 'opening',
    text: ['Hôm nay, ', ...when, congress.place ? `tại ${congress.place}, ` : '', ...assemblyNameLine(congress), ` tiến hành bầu ${subject}${round ? ` (${round})` : ''} theo quy định của Điều lệ Đảng và Quy chế bầu cử trong Đảng (ban hành kèm theo Quyết định số 190-QĐ/TW ngày 10/10/2024).`],
  };
}

/** The time the minutes were closed, only as the committee gave it: otherwise dotted lines to write it in. */
function closing(closedAt: LocalDateTime | null): Line {
  if (closedAt) return [`Biên bản kết thúc vào hồi ${vietnameseTime(closedAt)}, ${vietnameseDate(closedAt)}.`];
  return ['Biên bản kết thúc vào hồi ', blank(6), `${NBSP}giờ${NBSP}`, blank(6), `${NBSP}phút, ngày${NBSP}`, blank(6), `${NBSP}tháng${NBSP}`, blank(6), `${NBSP}năm${NBSP}`, blank(10)];
}

/**
 * The minutes of one election (RULES R9), every sentence and number, from the tally and the
 * congress: the PDF, the workbook's minutes sheet and the results screen render this, nothing else.
 * Official only for a locked election; a draft otherwise (`draft`, marked on every page).
 */
export function buildMinutesModel(source: MinutesSource, wording: MinutesWording = {}): MinutesModel {
  const { congress, election, tally } = source;
  const closedAt = wording.closedAt ?? null;
  const date = (congress.date ? parseIsoDate(congress.date) : null) ?? closedAt;
  const context: SectionContext = { ...source, words: assemblyWords(congress.kind), subject: electionSubject(election), inWords: wording.countsInWords ?? false };
  const outcome = outcomeStatement(tally, context.subject, context.words);
  return {
    draft: source.lock === null,
    heading: { left: headingLines(congress), party: PARTY_NAME, placeAndDate: placeAndDateLine(congress.place, date) },
    title: 'BIÊN BẢN KIỂM PHIẾU',
    subtitle: electionTitleLine(election, nameAndTerm(congress).term, tally.round),
    blocks: [
      opening(context, date),
      ...seatsSection(1, context),
      ...listSection(2, context),
      ...committeeSection(3, context),
      ...attendanceSection(4, context),
      ...ballotsSection(5, context),
      ...resultsSection(6, context),
      ...electedSection(7, context, outcome),
      ...checksSection(8, context),
    ],
    outcome,
    closing: closing(closedAt),
    signatures: wording.signatures ?? defaultSignatures(congress.countingCommittee),
    annex: scansAnnex(source.scans, source.scanChecks ?? [], new Map(source.tally.candidates.map((c) => [c.id, c.name]))),
  };
}
