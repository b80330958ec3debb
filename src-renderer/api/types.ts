/** The shapes the screens work with, from the api contract (shared/api). */
export type { AuditEvent, TeamRow } from '../../shared/api/records';
export type { BallotView, CandidateView, CongressView, ElectionResult, ElectionSummary, ElectionView } from '../../shared/api/views';
export type { RecentFile, WorkspaceInfo } from '../../shared/api/workspace-views';
