import type { ReactNode } from 'react';
import type { ElectionView } from '../api/types';
import { useApp } from '../state/app-store';
import { useQuery } from '../state/use-query';

/** The election chosen in the header, loaded; until then why there is none, or that it is loading. */
export function SelectedElection({ render }: { render(view: ElectionView): ReactNode }) {
  const electionId = useApp((s) => s.electionId);
  const election = useQuery('getElection', electionId === null ? null : { electionId });
  const view = election.data && election.data.id === electionId ? election.data : null;
  if (electionId === null) return <div className="screen muted">Chưa có cuộc bầu nào: thêm ở màn hình Cuộc bầu.</div>;
  if (!view) return <div className="screen muted">Đang tải…</div>;
  return <>{render(view)}</>;
}
