import { createHash } from 'node:crypto';
import type { ChainVerdict } from '../../shared/api/audit-chain';

/** The hash before the first event. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  seq: number;
  at: string;
  operator: string;
  kind: string;
  congressId: number | null;
  electionId: number | null;
  payload: string;
}

/** SHA-256 over the previous hash and every field of the event, unambiguously encoded. */
export function eventHash(prevHash: string, event: ChainedFields): string {
  const encoded = JSON.stringify([prevHash, event.seq, event.at, event.operator, event.kind, event.congressId, event.electionId, event.payload]);
  return createHash('sha256').update(encoded).digest('hex');
}

/** Walks the chain in order and says where it first breaks: a changed, removed or inserted event. */
export function verifyChain(events: Iterable<ChainedFields & { prevHash: string; hash: string }>): ChainVerdict {
  let expectedPrev = GENESIS_HASH;
  let expectedSeq: number | null = null;
  let count = 0;
  for (const event of events) {
    count++;
    if (expectedSeq !== null && event.seq !== expectedSeq) {
      return { intact: false, events: count, brokenAt: event.seq, reason: `thiếu sự kiện trước số ${event.seq} (mong đợi số ${expectedSeq})` };
    }
    if (event.prevHash !== expectedPrev) {
      return { intact: false, events: count, brokenAt: event.seq, reason: `sự kiện số ${event.seq} không nối với sự kiện trước nó` };
    }
    if (eventHash(event.prevHash, event) !== event.hash) {
      return { intact: false, events: count, brokenAt: event.seq, reason: `nội dung sự kiện số ${event.seq} đã bị thay đổi` };
    }
    expectedPrev = event.hash;
    expectedSeq = event.seq + 1;
  }
  return { intact: true, events: count };
}
