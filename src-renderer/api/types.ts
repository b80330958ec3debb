import type { MethodOutput } from './client';

/** The shapes the screens work with, named after the api methods that return them. */
export type WorkspaceInfo = MethodOutput<'workspaceInfo'>;
export type RecentFile = MethodOutput<'recentFiles'>[number];
export type CongressView = MethodOutput<'getCongress'>;
export type ElectionSummary = CongressView['elections'][number];
export type TeamRow = CongressView['teams'][number];
export type ElectionView = MethodOutput<'getElection'>;
export type CandidateView = ElectionView['candidates'][number];
export type ElectionResult = MethodOutput<'tally'>;
export type BallotView = MethodOutput<'listBallots'>['ballots'][number];
export type AuditEvent = MethodOutput<'listAudit'>[number];
