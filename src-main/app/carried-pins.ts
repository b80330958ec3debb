import type { CarriedPin } from '../../shared/audit/events';
import { openConnection } from '../db/connection';
import type { Store } from '../db/store';
import { pinHashCommitment } from '../services/chair-pin';

/** Kinds of the PIN's events, which a restore keeps in the live log. */
const PIN_KINDS = ['pin.attempt_failed', 'pin.locked_out', 'pin.failures_cleared', 'congress.pin_set'];

export interface PinToCarry {
  /** What the restore's event records. */
  recorded: CarriedPin;
  /** The stored hash itself, which goes to the table only (the log keeps its commitment). */
  hash: string | null;
}

/** The number of the last event of a backup's log (0 for an empty one). */
function backupHeadSeq(backupPath: string): number {
  const db = openConnection(backupPath, { readonly: true });
  try {
    return (db.prepare('SELECT MAX(seq) AS seq FROM audit_events').get() as { seq: number | null }).seq ?? 0;
  } finally {
    db.close();
  }
}

/**
 * What a restore carries over from the live file into the restored one (issue 20, finding 4):
 * per congress the chair's PIN and the wrong tries in a row with their wait. A restore brings
 * back data, never an older PIN nor fresh tries: this state lives with the file's own log (the
 * restore's event records it, and the integrity check follows it), rather than in the program's
 * settings folder, so that it travels with the file and a copy of the file cannot shed it. The
 * PIN events the restored log lacks (those after the backup's last event) are listed in it too.
 */
export function pinsToCarry(live: Store, backupPath: string): PinToCarry[] {
  const after = backupHeadSeq(backupPath);
  const tries = live.listAudit({ afterSeq: after, limit: 1_000_000 }).filter((e) => PIN_KINDS.includes(e.kind));
  return live.listCongresses().map((congress) => {
    const failures = live.getChairPinFailures(congress.id);
    const own = tries.filter((e) => e.congressId === congress.id);
    return {
      hash: congress.chairPinHash,
      recorded: {
        congressId: congress.id,
        commitment: pinHashCommitment(congress.chairPinHash),
        failures: failures?.failures ?? 0,
        waitUntil: failures?.waitUntil ?? null,
        lastFailedAt: failures?.lastFailedAt ?? null,
        tries: own.map((e) => {
          const payload = JSON.parse(e.payload) as { action?: unknown; failures?: unknown };
          return { seq: e.seq, at: e.at, kind: e.kind, operator: e.operator, ...(typeof payload.action === 'string' ? { action: payload.action } : {}), ...(typeof payload.failures === 'number' ? { failures: payload.failures } : {}) };
        }),
      },
    };
  });
}

/** Puts the carried state into the restored file (in the transaction of the restore's event); returns what it recorded, for that event. */
export function applyCarriedPins(restored: Store, pins: readonly PinToCarry[]): CarriedPin[] {
  const applied: CarriedPin[] = [];
  for (const { recorded, hash } of pins) {
    if (restored.getCongress(recorded.congressId) === null) continue;
    restored.updateCongress(recorded.congressId, { chairPinHash: hash });
    if (recorded.failures > 0) restored.setChairPinFailures({ congressId: recorded.congressId, failures: recorded.failures, waitUntil: recorded.waitUntil, lastFailedAt: recorded.lastFailedAt ?? '' });
    else restored.clearChairPinFailures(recorded.congressId);
    applied.push(recorded);
  }
  return applied;
}
