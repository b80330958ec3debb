import { useEffect, useMemo, useState } from 'react';
import { ballotContext } from '../../../shared/rules/tally';
import { judgeBallot } from '../../../shared/rules/validity';
import type { ElectionView } from '../../api/types';
import { parseBallotInput, type EntryMode } from '../../entry/ballot-input';
import { useDraft } from '../../state/use-draft';

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
  const listed = useMemo(() => election.candidates.filter((c) => !c.withdrawn), [election]);
  const context = useMemo(() => ballotContext({ candidates: listed.map((c) => ({ id: c.key, name: c.name, withdrawn: false })), seats: election.seats, allBothOrNoneInvalid: election.allBothOrNoneInvalid }), [listed, election]);
  const parsed = parseBallotInput(text, { format: election.format, listIds: context.listIds, mode });
  const verdict = parsed.empty || parsed.errors.length > 0 ? null : judgeBallot(parsed.choice, parsed.ruling, context);
  return { mode, setMode, text, setText, context, parsed, verdict };
}

/** Why no ballot can be entered now, or null. */
export function entryBlocked(election: ElectionView, operator: string): string | null {
  const listError = election.listProblems.find((p) => p.severity === 'error');
  if (election.status !== 'open') return election.status === 'locked' ? 'Cuộc bầu đã chốt kết quả: không nhập thêm được.' : 'Cuộc bầu đang tạm dừng.';
  if (election.continuations.length > 0) return 'Vòng bầu này đã kết thúc (đã có vòng bầu tiếp theo).';
  if (listError && election.ballotEntries === 0) return `Danh sách bầu cử chưa hợp lệ (${listError.message}): sửa ở màn hình Cuộc bầu trước khi nhập phiếu.`;
  if (operator.trim() === '') return 'Ghi tên người nhập phiếu trước khi nhập.';
  return null;
}
