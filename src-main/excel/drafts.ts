import type { ExcelImportOptions } from '../../shared/api/excel-inputs';
import type { CongressDraft, ImportQuestion, Stated } from '../../shared/api/excel-preview';
import type { CongressKind, Office } from '../../shared/domain';
import { OFFICE_LABELS } from '../../shared/domain';
import { nameMatchKey } from '../../shared/text/normalize';
import { nameInNormalCase, textInNormalCase } from '../../shared/text/vietnamese-case';
import type { Block } from './blocks';
import type { CandidateDetails } from './candidate-details';
import { congressNameStated, dateStated, kindStated, meaningStated, officeStated, organizationStated, presentStated, seatsStated, summonedStated, termStated, titleStated, type Found, type PlacedText } from './hints';
import type { MarkMeaning } from './marks';
import { MEANING_LABELS } from './marks';
import { fold } from './vocabulary';

export type { CongressDraft, ImportQuestion, Stated };

/** One election as understood from a table, before it becomes part of a congress file. */
export interface ElectionDraft {
  key: string;
  block: Block;
  include: boolean;
  id: string;
  title: Stated<string>;
  office: Stated<Office>;
  seats: Stated<number | null>;
  meaning: Stated<MarkMeaning | null>;
  /** Candidate details (birth year, gender, position) from a candidate list of the workbook. */
  details: CandidateDetails[];
  detailsFrom: string | null;
}

function quote(found: Found<unknown>): string {
  const text = found.text.length > 80 ? `${found.text.slice(0, 77)}…` : found.text;
  return `${found.place}: "${text}"`;
}

const fromOption = (name: string) => `tùy chọn ${name}`;

function slug(text: string): string {
  const ascii = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, 40) || 'cuoc-bau';
}

/** A sheet (or table) of invalid ballots only: "Phiếu không hợp lệ", "KHL". */
function holdsInvalidBallots(block: Block): boolean {
  return /khong hop le|\bkhl\b|phieu hong/.test(fold(block.sheet)) || block.texts.some((t) => !t.header && /^(cac )?phieu (khong hop le|hong)|^khl\b/.test(fold(t.text)));
}

/**
 * Invalid ballots kept on a sheet of their own, under the same names as a tally sheet, join that
 * election: every one of them is invalid (its note says why; the rules may say it too).
 */
function withInvalidSheetsMerged(tables: readonly Block[]): Block[] {
  const sameNames = (a: Block, b: Block) => a.candidates.length === b.candidates.length && a.candidates.every((c, i) => nameMatchKey(c.name) === nameMatchKey(b.candidates[i]?.name ?? ''));
  const merged = new Map<Block, Block>();
  const absorbed = new Set<Block>();
  for (const invalid of tables.filter((b) => b.kind === 'ballots' && holdsInvalidBallots(b))) {
    const target = tables.find((t) => t !== invalid && t.kind === 'ballots' && !holdsInvalidBallots(t) && sameNames(t, invalid));
    if (!target) continue;
    const base = merged.get(target) ?? target;
    merged.set(target, {
      ...base,
      ballots: [...base.ballots, ...invalid.ballots.map((line) => ({ ...line, validity: 'invalid' as const }))],
      symbols: new Map([...base.symbols, ...[...invalid.symbols].map(([s, n]) => [s, n + (base.symbols.get(s) ?? 0)] as [string, number])]),
      skipped: [...base.skipped, ...invalid.skipped.map((line) => `${invalid.sheet}!${line}`)],
      problems: [...base.problems, ...invalid.problems],
      texts: [...base.texts, ...invalid.texts.filter((t) => t.header)],
    });
    absorbed.add(invalid);
  }
  return tables.filter((t) => !absorbed.has(t)).map((t) => merged.get(t) ?? t);
}

/** Names and teams a sheet writes in capitals ("NGUYỄN VĂN AN", "TỔ 1") proposed as they are written ("Nguyễn Văn An", "Tổ 1"). */
function withNamesInNormalCase(block: Block): Block {
  return {
    ...block,
    candidates: block.candidates.map((c) => ({ ...c, name: nameInNormalCase(c.name) })),
    ballots: block.ballots.map((b) => (b.team === null ? b : { ...b, team: textInNormalCase(b.team) })),
    teams: block.teams.map((t) => ({ ...t, team: textInNormalCase(t.team) })),
  };
}

/** A value stated once, or the same everywhere: used. Different values: a question. */
function single<T>(found: Found<T>[]): { value: Found<T> } | { conflict: Found<T>[] } | null {
  if (found.length === 0) return null;
  const distinct = found.filter((f, i) => found.findIndex((g) => g.value === f.value) === i);
  return distinct.length === 1 ? { value: found[0] as Found<T> } : { conflict: distinct };
}

/**
 * Turns the tables the workbook holds into elections: what each says (seats, mark meaning,
 * office, title), what the options and corrections say (they win), and what nobody says
 * (a question naming the option that answers it). Candidate lists enrich the elections whose
 * names they list; a workbook with only a candidate list gives an election without ballots.
 */
export function draftElections(blocks: readonly Block[], options: ExcelImportOptions, questions: ImportQuestion[]): ElectionDraft[] {
  const tables = withInvalidSheetsMerged(blocks.filter((b) => b.kind !== 'candidates'));
  const lists = blocks.filter((b) => b.kind === 'candidates');
  const sources = tables.length > 0 ? tables : lists;
  const usedIds = new Set<string>();
  return sources.map((block) => {
    const correction = options.elections?.[block.key] ?? {};
    const texts: PlacedText[] = [...block.texts, { text: block.sheet, place: `tên sheet "${block.sheet}"` }];

    const seatsFound = single(seatsStated(block.texts));
    let seats: Stated<number | null>;
    if (correction.seats !== undefined) seats = { value: correction.seats, source: 'sửa trong bản xem trước' };
    else if (options.seats !== undefined) seats = { value: options.seats, source: fromOption('--seats') };
    else if (seatsFound && 'value' in seatsFound) seats = { value: seatsFound.value.value, source: quote(seatsFound.value) };
    else {
      seats = { value: null, source: 'bảng tính không ghi' };
      const why = seatsFound && 'conflict' in seatsFound ? `bảng tính ghi nhiều số khác nhau (${seatsFound.conflict.map(quote).join('; ')})` : 'bảng tính không ghi số lượng cần bầu';
      questions.push({ option: 'seats', election: block.key, message: `Bảng "${block.key}": ${why}. Cho biết số lượng cần bầu: --seats N` });
    }

    let meaning: Stated<MarkMeaning | null> = { value: null, source: 'không cần (không có phiếu)' };
    if (block.kind === 'ballots') {
      const meaningFound = single(meaningStated(block.texts));
      if (correction.marks !== undefined) meaning = { value: correction.marks, source: 'sửa trong bản xem trước' };
      else if (options.marks !== undefined) meaning = { value: options.marks, source: fromOption('--marks') };
      else if (meaningFound && 'value' in meaningFound) meaning = { value: meaningFound.value.value, source: quote(meaningFound.value) };
      else {
        meaning = { value: null, source: 'bảng tính không ghi' };
        const why = meaningFound && 'conflict' in meaningFound ? `bảng tính ghi hai nghĩa khác nhau (${meaningFound.conflict.map((f) => `${quote(f)} → ${MEANING_LABELS[f.value]}`).join('; ')})` : 'bảng tính không ghi dấu đánh vào ô tên nghĩa là gạch tên hay bầu';
        questions.push({ option: 'marks', election: block.key, message: `Bảng "${block.key}": ${why}. Cho biết: --marks struck (dấu = tên bị gạch) hoặc --marks kept (dấu = tên được bầu)` });
      }
    }

    const officeFound = officeStated(texts);
    const office: Stated<Office> =
      correction.office !== undefined ? { value: correction.office, source: 'sửa trong bản xem trước' } : officeFound ? { value: officeFound.value, source: quote(officeFound) } : { value: 'khac', source: 'bảng tính không nói là bầu gì (chọn lại nếu cần)' };
    const titleFound = titleStated(block.texts);
    const title: Stated<string> =
      correction.title !== undefined ? { value: correction.title, source: 'sửa trong bản xem trước' } : titleFound ? { value: titleFound.value, source: quote(titleFound) } : { value: `Bầu ${OFFICE_LABELS[office.value]} (bảng ${block.sheet})`, source: 'đặt theo tên sheet' };

    // Candidate details from a list naming the same people.
    const keys = block.candidates.map((c) => nameMatchKey(c.name));
    const list = block.kind === 'candidates' ? block : lists.find((l) => keys.every((k) => l.candidates.some((c) => nameMatchKey(c.name) === k)));
    const details = keys.map((key, i) => {
      if (block.kind === 'candidates') return block.details[i] ?? {};
      const at = list?.candidates.findIndex((c) => nameMatchKey(c.name) === key) ?? -1;
      return at >= 0 ? (list?.details[at] ?? {}) : {};
    });

    let id = slug(block.key);
    for (let n = 2; usedIds.has(id); n++) id = `${slug(block.key)}-${n}`;
    usedIds.add(id);
    return {
      key: block.key,
      block: withNamesInNormalCase(block),
      include: correction.include ?? true,
      id,
      title,
      office,
      seats,
      meaning,
      details,
      detailsFrom: list && list !== block ? list.headerPlace : null,
    };
  });
}

/** The congress: what the options say, else what any sheet says, else a question or a default. */
export function draftCongress(texts: readonly PlacedText[], options: ExcelImportOptions, fileName: string | null, questions: ImportQuestion[]): CongressDraft {
  const organization = organizationStated(texts);
  const named = congressNameStated(texts);
  const name: Stated<string> =
    options.congressName !== undefined
      ? { value: options.congressName, source: 'sửa trong bản xem trước' }
      : named
        ? { value: named.value, source: quote(named) }
        : organization
          ? { value: `Đại hội ${organization.value}`, source: `đặt theo ${quote(organization)}` }
          : { value: `Đại hội (nhập từ ${fileName ?? 'bảng tính'})`, source: 'bảng tính không ghi tên đại hội' };
  const kindFound = kindStated(texts);
  const kind: Stated<CongressKind> =
    options.kind !== undefined ? { value: options.kind, source: fromOption('--kind') } : kindFound ? { value: kindFound.value, source: quote(kindFound) } : { value: 'delegates', source: 'mặc định: đại hội đại biểu (dùng --kind members cho đại hội đảng viên)' };
  const summonedFound = summonedStated(texts);
  let summoned: Stated<number | null>;
  if (options.summoned !== undefined) summoned = { value: options.summoned, source: fromOption('--summoned') };
  else if (summonedFound) summoned = { value: summonedFound.value, source: quote(summonedFound) };
  else {
    summoned = { value: null, source: 'bảng tính không ghi' };
    questions.push({ option: 'summoned', election: null, message: 'Bảng tính không ghi số đại biểu (đảng viên) được triệu tập, là cơ sở tính kết quả (quá một nửa). Cho biết: --summoned N' });
  }
  return {
    name,
    organization: organization?.value ?? null,
    term: termStated(texts)?.value ?? null,
    date: dateStated(texts)?.value ?? null,
    kind,
    summoned,
    present: presentStated(texts)?.value ?? null,
  };
}
