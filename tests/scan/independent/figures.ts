/**
 * The bench's figures from judged images: per list, per scanning condition and per mark kind, the
 * names read with confidence and wrong, the names a person must judge that were read, the papers
 * that needed a person but were counted, the share of cleanly marked papers sent to a person, the
 * refusals; and the rescans counted twice. Rows in the shape of tests/bench/measure.ts.
 */
import { ELECTIONS, type ElectionKey } from './congress';
import type { FindingKind, Judged } from './judge';
import { KIND_LABELS, type MarkKind } from './kinds';
import type { RescanCount } from './rescans';
import { CONDITIONS, type ConditionKey } from './scanner';

export interface FigureRow {
  name: string;
  value: string;
  target: string;
  met: boolean | null;
  note?: string;
}

interface Tally {
  images: number;
  wrong: number;
  judgedRead: number;
  readNeedingPerson: number;
  readInvalid: number;
  clean: number;
  cleanToPerson: number;
  refused: number;
  examples: string[];
  examplesOf: Partial<Record<FindingKind, string[]>>;
}

function tally(judged: readonly Judged[]): Tally {
  const t: Tally = { images: judged.length, wrong: 0, judgedRead: 0, readNeedingPerson: 0, readInvalid: 0, clean: 0, cleanToPerson: 0, refused: 0, examples: [], examplesOf: {} };
  for (const j of judged) {
    t.wrong += j.wrong;
    t.judgedRead += j.judgedRead;
    t.readNeedingPerson += j.findings.filter((f) => f.kind === 'phieu-can-nguoi-thanh-doc').length;
    t.readInvalid += j.findings.filter((f) => f.kind === 'phieu-khong-hop-le-thanh-doc').length;
    if (j.scan?.status === 'refused') t.refused++;
    if (j.image.truth.cleanValid) {
      t.clean++;
      if (j.scan?.status === 'review') t.cleanToPerson++;
    }
    for (const f of j.findings) {
      const line = `${f.image}: ${f.detail}`;
      if (t.examples.length < 2 && f.kind !== 'thieu-ket-qua') t.examples.push(line);
      const list = (t.examplesOf[f.kind] ??= []);
      if (list.length < 3) list.push(line);
    }
  }
  return t;
}

const examples = (t: Tally, kind: FindingKind): string | undefined => (t.examplesOf[kind]?.length ? `ví dụ: ${(t.examplesOf[kind] as string[]).join(' | ')}` : undefined);

const pct = (part: number, whole: number): string => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1).replace('.', ',')} %`);

function safetyRow(name: string, t: Tally): FigureRow {
  const met = t.wrong === 0 && t.judgedRead === 0 && t.readNeedingPerson === 0 && t.readInvalid === 0;
  return {
    name,
    value: `${t.wrong} / ${t.judgedRead} / ${t.readNeedingPerson + t.readInvalid}`,
    target: '0 / 0 / 0',
    met,
    note: `${t.images} ảnh; phiếu sạch sang người xem ${t.cleanToPerson}/${t.clean} (${pct(t.cleanToPerson, t.clean)}); từ chối ${t.refused}${met ? '' : `; ví dụ: ${t.examples.join(' | ')}`}`,
  };
}

/** Target share of cleanly marked papers sent to a person, per list (issue 17, Deliver 3). */
const CLEAN_TARGET: Partial<Record<ElectionKey, number>> = { dbieu: 25, bch: 15 };

export function figureRows(judged: readonly Judged[], rescans: readonly RescanCount[]): FigureRow[] {
  const all = tally(judged);
  const rows: FigureRow[] = [
    { name: 'ảnh đã đọc (tất cả điều kiện)', value: String(all.images), target: 'vài trăm', met: null, note: `từ chối ${all.refused} (${pct(all.refused, all.images)})` },
    { name: 'tên đọc chắc chắn mà sai', value: String(all.wrong), target: '0', met: all.wrong === 0, note: examples(all, 'sai-chac-chan') },
    { name: 'tên người phải xét mà máy đọc chắc chắn', value: String(all.judgedRead), target: '0', met: all.judgedRead === 0, note: examples(all, 'can-nguoi-bi-doc') },
    { name: 'phiếu cần người xem mà máy tính luôn', value: String(all.readNeedingPerson), target: '0', met: all.readNeedingPerson === 0, note: examples(all, 'phieu-can-nguoi-thanh-doc') },
    { name: 'phiếu không hợp lệ (R3) mà máy tính luôn', value: String(all.readInvalid), target: '0', met: all.readInvalid === 0, note: examples(all, 'phieu-khong-hop-le-thanh-doc') },
  ];
  for (const key of Object.keys(ELECTIONS) as ElectionKey[]) {
    const t = tally(judged.filter((j) => j.image.election === key));
    const target = CLEAN_TARGET[key];
    const share = t.clean === 0 ? 0 : (100 * t.cleanToPerson) / t.clean;
    rows.push({
      name: `phiếu đánh dấu sạch sang người xem: ${ELECTIONS[key].label}`,
      value: pct(t.cleanToPerson, t.clean),
      target: target === undefined ? 'không đặt' : `≤ ${target} %`,
      met: target === undefined || t.clean === 0 ? null : share <= target,
      note: `${t.cleanToPerson}/${t.clean} phiếu sạch; từ chối ${t.refused}/${t.images} ảnh`,
    });
  }
  const twice = rescans.filter((r) => r.counted > r.papersRead);
  rows.push({
    name: 'quét lại cùng một tờ: tính hai lần',
    value: String(twice.reduce((n, r) => n + r.counted - r.papersRead, 0)),
    target: '0',
    met: twice.length === 0,
    note: rescans.map((r) => `${r.election} lần ${r.run}: tính ${r.counted} từ ${r.papersRead} tờ đọc được (${r.papersReadTwice} tờ đọc được cả hai ảnh)`).join('; '),
  });
  rows.push({ name: 'mỗi điều kiện, mỗi cách đánh dấu:', value: 'a / b / c', target: '0 / 0 / 0', met: null, note: 'a: tên đọc chắc chắn mà sai; b: tên người phải xét mà máy đọc chắc chắn; c: phiếu cần người xem hoặc không hợp lệ mà máy tính luôn' });
  for (const key of Object.keys(CONDITIONS) as ConditionKey[]) {
    const subset = judged.filter((j) => j.image.condition === key);
    if (subset.length > 0) rows.push(safetyRow(`điều kiện: ${CONDITIONS[key].label}`, tally(subset)));
  }
  for (const kind of Object.keys(KIND_LABELS) as MarkKind[]) {
    const subset = judged.filter((j) => j.image.kind === kind);
    if (subset.length > 0) rows.push(safetyRow(`cách đánh dấu: ${KIND_LABELS[kind]}`, tally(subset)));
  }
  return rows;
}
