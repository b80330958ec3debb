import { useEffect, useMemo, useState } from 'react';
import { judgeBallot } from '../../../shared/rules/validity';
import type { ElectionView } from '../../api/types';
import { parseBallotInput, type EntryMode } from '../../../shared/entry/ballot-input';
import { useDraft } from '../../state/use-draft';
import { paperContext } from '../paper-list';

/** What the operator is typing for the next ballot: kept across a restart, read as the rules read it. */
export function useTypedBallot(election: ElectionView, workspacePath: string | null | undefined) {
  const [mode, setMode] = useDraft<EntryMode>(`${workspacePath}:entry-mode`, () => 'struck');
  const key = `kiem-phieu.entry:${workspacePath}:${election.id}`;
  const [text, setText] = useState(() => localStorage.getItem(key) ?? '');
  useEffect(() => {
    // What is typed and not yet entered survives a restart.
    if (text === '') localStorage.removeItem(key);
    else localStorage.setItem(key, text);
  }, [text, key]);
  // The numbers typed are those the paper prints (RULES R1: a name withdrawn after printing keeps its number).
  const context = useMemo(() => paperContext(election), [election]);
  const parsed = parseBallotInput(text, { format: election.format, listIds: context.listIds, mode });
  const verdict = parsed.empty || parsed.errors.length > 0 ? null : judgeBallot(parsed.choice, parsed.ruling, context);
  return { mode, setMode, text, setText, context, parsed, verdict };
}

/**
 * What the entry screen allows now: typing ballots; only correcting one (a round whose next round
 * exists, with the chair's PIN); or nothing, and why.
 */
export type EntryState = { kind: 'open' } | { kind: 'finished'; message: string } | { kind: 'closed'; message: string };

export function entryState(election: ElectionView): EntryState {
  const listError = election.listProblems.find((p) => p.severity === 'error');
  if (election.voided) return { kind: 'closed', message: `Vòng bầu này đã bị hủy: ${election.voided.reason}. Phải bầu lại vòng này.` };
  if (election.continuations.length > 0) return { kind: 'finished', message: 'Vòng bầu này đã kết thúc (đã có vòng bầu tiếp theo): không nhập thêm được. Sửa một phiếu đọc sai cần mã PIN của chủ tịch đoàn và lý do.' };
  const voidedNext = election.voidedContinuations.map((c) => `"${c.title}"`).join(', ');
  const afterVoid = voidedNext ? ` Vòng sau (${voidedNext}) đã bị hủy khi sửa phiếu vòng này; bầu lại theo kết quả đã sửa (màn hình Kết quả).` : '';
  if (election.status !== 'open') return { kind: 'closed', message: election.status === 'locked' ? `Cuộc bầu đã chốt kết quả: không nhập thêm được.${afterVoid}` : 'Cuộc bầu đang tạm dừng.' };
  if (listError && election.ballotEntries === 0) return { kind: 'closed', message: `Danh sách bầu cử chưa hợp lệ (${listError.message}): sửa ở màn hình Cuộc bầu trước khi nhập phiếu.` };
  return { kind: 'open' };
}
