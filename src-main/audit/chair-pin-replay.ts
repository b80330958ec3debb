import type { AuditDifference } from '../../shared/api/audit-chain';
import type { AuditKind, CarriedPin } from '../../shared/audit/events';
import type { Store } from '../db/store';
import { pinHashCommitment } from '../services/chair-pin';

/** The chair's PIN of a congress as the log alone tells it (issue 20, finding 4). */
export interface ReplayedPin {
  /** The SHA-256 of the stored hash the log last recorded (null: no PIN); undefined where the log cannot tell (an older version wrote it). */
  commitment: string | null | undefined;
  /** Wrong tries in a row, and the end of the wait they started. */
  failures: number;
  waitUntil: string | null;
  /** Events that set a PIN in place of a hash other than the one the log had: it was removed or replaced outside the program before them. */
  replacedOutside: number[];
}

/** Kinds written only after the chair's PIN was accepted, which (then as now) ended the count of wrong tries. */
const AFTER_RIGHT_PIN: ReadonlySet<AuditKind> = new Set(['pin.failures_cleared', 'election.unlocked']);

/** Kinds that make a congress without a PIN (a file, a workbook or a setup package loaded). */
const CREATED_WITHOUT_PIN: ReadonlySet<AuditKind> = new Set(['congress.imported', 'congress.imported_excel', 'setup_package.loaded']);

function stateOf(pins: Map<number, ReplayedPin>, congressId: number): ReplayedPin {
  let pin = pins.get(congressId);
  if (pin === undefined) {
    pin = { commitment: undefined, failures: 0, waitUntil: null, replacedOutside: [] };
    pins.set(congressId, pin);
  }
  return pin;
}

/** Applies one event whose payload fits its kind to the PIN states, by congress. */
export function replayPinEvent(pins: Map<number, ReplayedPin>, event: { seq: number; congressId: number | null }, kind: AuditKind, payload: Record<string, unknown>): void {
  if (kind === 'backup.restored') {
    for (const carried of (payload.pins ?? []) as CarriedPin[]) Object.assign(stateOf(pins, carried.congressId), { commitment: carried.commitment, failures: carried.failures, waitUntil: carried.waitUntil });
    return;
  }
  const congressId = event.congressId ?? (typeof payload.congressId === 'number' ? payload.congressId : null);
  if (congressId === null) return;
  const pin = stateOf(pins, congressId);
  if (kind === 'congress.created') pin.commitment = 'chairPinCommitment' in payload ? (payload.chairPinCommitment as string | null) : payload.chairPinSet === false ? null : undefined;
  if (CREATED_WITHOUT_PIN.has(kind)) pin.commitment = null;
  if (kind === 'congress.pin_set') {
    const before = payload.before as string | null | undefined;
    if (before !== undefined && pin.commitment !== undefined && before !== pin.commitment) pin.replacedOutside.push(event.seq);
    pin.commitment = payload.commitment as string | null | undefined;
    // Changing the PIN asked for the current one (when there was one), which ended the count.
    if (payload.replaced === true) Object.assign(pin, { failures: 0, waitUntil: null });
  }
  if (kind === 'pin.attempt_failed') Object.assign(pin, { failures: payload.failures as number, waitUntil: (payload.waitUntil as string | null | undefined) ?? null });
  if (AFTER_RIGHT_PIN.has(kind) || (kind === 'ballot.corrected' && payload.finishedRound !== undefined)) Object.assign(pin, { failures: 0, waitUntil: null });
}

/**
 * The PIN of each congress in the file against the log: the stored hash against the commitment
 * the log last recorded (a hash removed or replaced inside the file), every PIN set in place of
 * a hash the log did not have, and the wrong tries in a row with their wait against the tries
 * the log records (a table emptied).
 */
export function comparePins(store: Store, pins: ReadonlyMap<number, ReplayedPin>): AuditDifference[] {
  const differences: AuditDifference[] = [];
  const add = (message: string, field: 'chairPin' | 'pinFailures') => differences.push({ electionId: null, election: null, field, message });
  for (const congress of store.listCongresses()) {
    const logged = pins.get(congress.id);
    if (logged === undefined) continue;
    const inFile = pinHashCommitment(congress.chairPinHash);
    if (logged.commitment !== undefined && inFile !== logged.commitment) {
      if (inFile === null) add('Mã PIN của chủ tịch đoàn đã bị xóa khỏi tệp ngoài chương trình: nhật ký ghi đã đặt mã PIN', 'chairPin');
      else if (logged.commitment === null) add('Tệp có mã PIN của chủ tịch đoàn nhưng nhật ký không ghi việc đặt mã PIN này', 'chairPin');
      else add('Mã PIN của chủ tịch đoàn trong tệp khác với mã PIN nhật ký ghi: đã bị thay ngoài chương trình', 'chairPin');
    }
    for (const seq of logged.replacedOutside) add(`Sự kiện số ${seq} đặt mã PIN mới thay cho một mã PIN mà nhật ký không ghi: mã PIN cũ đã bị xóa hoặc thay ngoài chương trình trước đó`, 'chairPin');
    const row = store.getChairPinFailures(congress.id);
    const failures = row?.failures ?? 0;
    const waitUntil = row?.waitUntil ?? null;
    if (failures !== logged.failures) add(`Số lần nhập sai mã PIN liên tiếp trong bảng là ${failures}, nhật ký ghi ${logged.failures}${logged.waitUntil ? ` (phải chờ đến ${logged.waitUntil})` : ''}`, 'pinFailures');
    else if (waitUntil !== logged.waitUntil) add(`Thời điểm hết chờ sau các lần nhập sai mã PIN trong bảng là ${waitUntil ?? '(không có)'}, nhật ký ghi ${logged.waitUntil ?? '(không có)'}`, 'pinFailures');
  }
  return differences;
}
