import { ballotNumbers } from '../../../shared/format/ballot-numbers';

/** A ballot's numbers as its event records them: "61–70" for a stack (events before issue 11 give the first only). */
function numbersOf(payload: Record<string, unknown>): string | null {
  if (typeof payload.number !== 'number') return null;
  return ballotNumbers({ number: payload.number, lastNumber: typeof payload.lastNumber === 'number' ? payload.lastNumber : undefined });
}

/** What an event did, in a few words, before its details: the ballot's numbers, a voided round's reason. */
export function auditEventSummary(kind: string, payloadText: string): string | null {
  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(payloadText) as Record<string, unknown>;
  } catch {
    return null;
  }
  const numbers = numbersOf(payload);
  if (kind === 'ballot.entered' && numbers) return `Phiếu số ${numbers}`;
  if (kind === 'ballot.corrected' && numbers) {
    const finished = payload.finishedRound as { reason?: string; outcomeChanged?: boolean } | undefined;
    return finished ? `Phiếu số ${numbers} (vòng đã kết thúc, ${finished.outcomeChanged ? 'kết quả thay đổi' : 'kết quả không đổi'}: ${finished.reason ?? ''})` : `Phiếu số ${numbers}`;
  }
  if (kind === 'ballot.voided' && numbers) return `Phiếu số ${numbers}: ${payload.undo === true ? 'đã hoàn tác' : `đã hủy${typeof payload.reason === 'string' ? ` (${payload.reason})` : ''}`}`;
  if (kind === 'round.voided' && typeof payload.reason === 'string') return payload.reason;
  // RULES R1, "the paper as printed": which printing, and a withdrawal that leaves the name on the paper.
  if (kind === 'ballots.printed' && typeof payload.printing === 'number') return `Lần in ${payload.printing}: từ nay danh sách, thứ tự và số thứ tự giữ nguyên như trên phiếu`;
  if (kind === 'ballots.reprinted' && typeof payload.replaced === 'number') return `Phiếu lần in ${payload.replaced} không còn được dùng`;
  if (kind === 'candidate.withdrawn' && payload.onPaper === true && typeof payload.name === 'string') {
    return `${payload.name}: rút sau khi ${typeof payload.printing === 'number' ? `in phiếu (lần in ${payload.printing})` : 'đã có phiếu được nhập'}, tên còn trên phiếu, không tính phiếu`;
  }
  return null;
}
