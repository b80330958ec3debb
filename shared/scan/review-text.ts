import { INVALID_REASON_LABELS, MARK_LABELS, type BallotFormat, type InvalidReason, type Mark } from '../domain';
import { NAME_DOUBT_LABELS } from './clean-patterns';
import type { ScanReading } from './reading';
import { reviewText } from './review-rows';

/** What the machine made of a ballot a person must decide: the names read with confidence, the doubtful ones, and why it waits. */
export interface MachineReadingForReview {
  struck: readonly string[] | null;
  marks: Readonly<Record<string, Mark>> | null;
  uncertain: readonly string[];
  machineInvalid: InvalidReason | null;
  outsideInk: boolean;
}

/**
 * The machine's confident reading, typed in already with the entry screen's keys: every name read
 * with confidence, and never one it was unsure of (format B: `?` in its place, for the person to
 * type; format A: its number is not typed, and the review asks for it: review-rows.ts).
 */
export function reviewPrefill(format: BallotFormat, listIds: readonly string[], machine: Pick<MachineReadingForReview, 'struck' | 'marks' | 'uncertain'>): string {
  return reviewText(format, listIds, machine);
}

/** "gạch 2, 5 · chưa chắc: 7 · có chữ hoặc nét ngoài các dòng tên": the names by their number on the ballot. */
export function machineReadingText(listIds: readonly string[], machine: MachineReadingForReview): string {
  const numberOf = (id: string) => listIds.indexOf(id) + 1;
  const parts = [
    machine.struck ? (machine.struck.length > 0 ? `gạch ${machine.struck.map(numberOf).join(', ')}` : 'không gạch tên nào') : null,
    machine.marks ? Object.entries(machine.marks).map(([id, mark]) => `${numberOf(id)}: ${MARK_LABELS[mark].toLocaleLowerCase('vi')}`).join('; ') : null,
    machine.uncertain.length > 0 ? `chưa chắc: ${machine.uncertain.map(numberOf).join(', ')}` : null,
    machine.machineInvalid ? `phiếu không hợp lệ (${INVALID_REASON_LABELS[machine.machineInvalid].toLocaleLowerCase('vi')})` : null,
    machine.outsideInk ? 'có chữ hoặc nét ngoài các dòng tên' : null,
  ].filter((part) => part !== null && part !== '');
  return parts.join(' · ') || 'không đọc được tên nào';
}

/** The reason given for a name the machine was unsure of when the reading says no more. */
export const DOUBT_WITHOUT_CAUSE = 'máy chưa đọc chắc chắn dòng này';

/**
 * Each name the machine was unsure of, with why, in Vietnamese and in ballot order: the reading's
 * own doubts for the name (shared/scan/clean-patterns.ts: writing, a circle, a partial strike…)
 * when it gives them, else that the machine could not read it with confidence.
 */
export function doubtsOf(reading: Pick<ScanReading, 'uncertain' | 'scores'>, listIds: readonly string[]): { id: string; reason: string }[] {
  const unsure = new Set(reading.uncertain);
  const reasonOf = (id: string) => {
    const doubts = reading.scores?.find((s) => s.id === id)?.doubts ?? [];
    return doubts.length > 0 ? doubts.map((d) => NAME_DOUBT_LABELS[d] ?? d).join('; ') : DOUBT_WITHOUT_CAUSE;
  };
  const ordered = [...listIds.filter((id) => unsure.has(id)), ...reading.uncertain.filter((id) => !listIds.includes(id))];
  return ordered.map((id) => ({ id, reason: reasonOf(id) }));
}

/** What to type, as the entry screen says it. */
export function reviewPrompt(format: BallotFormat): string {
  return format === 'A' ? 'Gõ số thứ tự những người BỊ GẠCH, rồi Enter' : 'Gõ một dấu cho mỗi người (1 đồng ý, 2 không đồng ý, 3 cả hai ô, 0 bỏ trống), rồi Enter';
}

/** The keys beyond the names, as the entry screen lists them. */
export function reviewKeysText(format: BallotFormat): string {
  return [...(format === 'A' ? ['0 không gạch ai', '/ gạch hết'] : []), 'g ghi thêm tên', 'k ký tên, đánh dấu', 'p không do Ban kiểm phiếu phát ra', 'b Ban kiểm phiếu kết luận không hợp lệ'].join(' · ');
}
