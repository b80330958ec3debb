import type { z } from 'zod';
import type { Result } from '../result';
import type { AuditCheck } from './audit-chain';
import type { BatchComparison, BatchPassView, BatchReconciled, BatchSummary, DoubleEntryReport, ReadingView } from './double-entry-views';
import type { exportWorkbookInput, importExcelInput, previewExcelImportInput } from './excel-inputs';
import type { ExcelPreview } from './excel-preview';
import type { CongressFileText, ExcelImported, ImportSummary, PdfFile, TextFile, WorkbookFile } from './file-outputs';
import type * as I from './inputs';
import type { AuditEntry, ElectionRow, StationPackageRow } from './records';
import type { ballotPaperPdfInput, minutesPdfInput, reprintBallotsInput, summaryPdfInput } from './report-inputs';
import type * as S from './scan-inputs';
import type { FolderListing, ScanFolderResult, ScanImage, ScanList, ScanView, SecondLookCrops, SecondLookView, SpotCheckDraw } from './scan-views';
import type { PackagesMerged, PackagesPreview, SetupPackageFile, SetupPackageLoaded, StationIdentity, StationInfo, StationPackageFile, TeamReconciliation } from './station-views';
import type * as T from './teams-inputs';
import type { BallotView, CongressListItem, CongressView, ElectionResult, ElectionView, FinalResultView } from './views';
import type { BackupList, BackupRestored, CongressFileEntry, LabelledBackup, RecentFile, WorkspaceInfo } from './workspace-views';
import type * as W from './workspace-inputs';
import type { Verdict } from '../rules/validity';
import type { NextRoundProposal } from '../rules/next-round';

/**
 * The api contract: every method the renderer may call, its input (what its zod schema accepts)
 * and its output. The renderer, the preload and the main process take it from here; the
 * implementations (src-main/api/build-api.ts, src-main/app/workspace.ts, teams-workspace-api.ts)
 * are checked against it, so a method missing, extra or returning something else fails `tsc`.
 */

/** The input of a method that takes none. */
export type NoInput = Record<string, never>;

/** One method: its input, from the zod schema that checks it (or none), and its output. */
export interface Spec<S extends z.ZodType | NoInput, O> {
  input: S extends z.ZodType ? z.input<S> : NoInput;
  output: O;
}

type Changed<K extends string> = { [P in K]: number };

/** The methods of the open congress file (`buildApi`). */
export interface FileApiContract {
  // The congress and its counting teams
  listCongresses: Spec<NoInput, CongressListItem[]>;
  getCongress: Spec<typeof I.congressIdInput, CongressView>;
  createCongress: Spec<typeof I.createCongressInput, Changed<'congressId'>>;
  updateCongress: Spec<typeof I.updateCongressInput, Changed<'congressId'>>;
  setChairPin: Spec<typeof I.setChairPinInput, Changed<'congressId'>>;
  createTeam: Spec<typeof I.createTeamInput, Changed<'teamId'>>;
  renameTeam: Spec<typeof I.renameTeamInput, Changed<'teamId'>>;
  // Elections
  getElection: Spec<typeof I.electionIdInput, ElectionView>;
  createElection: Spec<typeof I.createElectionInput, { electionId: number; key: string }>;
  updateElection: Spec<typeof I.updateElectionInput, Changed<'electionId'>>;
  pauseElection: Spec<typeof I.pauseElectionInput, { electionId: number; status: Exclude<ElectionRow['status'], 'locked'> }>;
  // Candidates
  addCandidate: Spec<typeof I.addCandidateInput, { candidateId: number; key: string }>;
  addCandidates: Spec<typeof I.addCandidatesInput, { candidateIds: number[]; keys: string[] }>;
  updateCandidate: Spec<typeof I.updateCandidateInput, Changed<'candidateId'>>;
  removeCandidate: Spec<typeof I.candidateIdInput, Changed<'candidateId'>>;
  withdrawCandidate: Spec<typeof I.withdrawCandidateInput, Changed<'candidateId'>>;
  sortCandidatesAbc: Spec<typeof I.sortCandidatesInput, { order: number[] }>;
  reorderCandidates: Spec<typeof I.reorderCandidatesInput, { order: number[] }>;
  // Ballots and team totals
  enterBallot: Spec<typeof I.enterBallotInput, BallotSaved>;
  correctBallot: Spec<typeof I.correctBallotInput, BallotCorrected>;
  voidBallot: Spec<typeof I.voidBallotInput, { ballotId: number; number: number }>;
  listBallots: Spec<typeof I.listBallotsInput, BallotList>;
  ballotHistory: Spec<typeof I.ballotIdInput, BallotView[]>;
  setTeamTotals: Spec<typeof I.setTeamTotalsInput, Changed<'electionId' | 'teamId'>>;
  removeTeamTotals: Spec<typeof I.removeTeamTotalsInput, Changed<'electionId' | 'teamId'>>;
  // Results, locking, further rounds
  tally: Spec<typeof I.electionIdInput, ElectionResult>;
  tallyCongress: Spec<typeof I.congressIdInput, ElectionResult[]>;
  /** One final result per office: those elected across its rounds, the seats unfilled, final or provisional. */
  finalResults: Spec<typeof I.congressIdInput, FinalResultView[]>;
  lockElection: Spec<typeof I.lockElectionInput, { electionId: number; fingerprint: string }>;
  unlockElection: Spec<typeof I.unlockElectionInput, Changed<'electionId'>>;
  createNextRound: Spec<typeof I.createNextRoundInput, NextRoundCreated>;
  // Congress files (INTERCHANGE.md)
  importCongressFile: Spec<typeof I.importCongressFileInput, ImportSummary>;
  exportCongressFile: Spec<typeof I.congressIdInput, CongressFileText>;
  // The audit log
  listAudit: Spec<typeof T.auditFilterInput, AuditEntry[]>;
  verifyAudit: Spec<typeof T.verifyAuditInput, AuditCheck>;
  exportAudit: Spec<typeof T.exportAuditInput, TextFile>;
  // Printed papers
  minutesPdf: Spec<typeof minutesPdfInput, PdfFile>;
  summaryPdf: Spec<typeof summaryPdfInput, PdfFile>;
  ballotPaperPdf: Spec<typeof ballotPaperPdfInput, PdfFile>;
  reprintBallots: Spec<typeof reprintBallotsInput, { electionId: number; replaced: number }>;
  // Excel
  previewExcelImport: Spec<typeof previewExcelImportInput, ExcelPreview>;
  importExcel: Spec<typeof importExcelInput, ExcelImported>;
  exportWorkbook: Spec<typeof exportWorkbookInput, WorkbookFile>;
  // Stations and packages
  exportSetupPackage: Spec<typeof T.exportSetupPackageInput, SetupPackageFile>;
  loadSetupPackage: Spec<typeof T.loadSetupPackageInput, SetupPackageLoaded>;
  stationInfo: Spec<typeof I.congressIdInput, StationInfo>;
  setStationName: Spec<typeof T.setStationNameInput, StationIdentity>;
  exportStationPackage: Spec<typeof T.exportStationPackageInput, StationPackageFile>;
  previewPackages: Spec<typeof T.mergePackagesInput, PackagesPreview>;
  mergePackages: Spec<typeof T.mergePackagesInput, PackagesMerged>;
  setTeamReceived: Spec<typeof T.setTeamReceivedInput, { electionId: number; teamId: number; received: number | null }>;
  teamReconciliation: Spec<typeof I.electionIdInput, TeamReconciliation>;
  // Double entry
  createBatch: Spec<typeof T.createBatchInput, Changed<'batchId'>>;
  listBatches: Spec<typeof T.doubleEntryReportInput, BatchSummary[]>;
  getBatch: Spec<typeof T.batchIdInput, BatchSummary>;
  batchPass: Spec<typeof T.finishPassInput, BatchPassView>;
  enterReading: Spec<typeof T.batchReadingInput, ReadingView>;
  finishPass: Spec<typeof T.finishPassInput, BatchSummary>;
  compareBatch: Spec<typeof T.batchIdInput, BatchComparison>;
  resolveDifference: Spec<typeof T.resolveDifferenceInput, ReadingView>;
  reconcileBatch: Spec<typeof T.closeBatchInput, BatchReconciled>;
  abandonBatch: Spec<typeof T.abandonBatchInput, Changed<'batchId'>>;
  doubleEntryReport: Spec<typeof T.doubleEntryReportInput, DoubleEntryReport>;
  // Scanned ballots (issue 12)
  scanFolder: Spec<typeof S.scanFolderInput, ScanFolderResult>;
  listScans: Spec<typeof S.listScansInput, ScanList>;
  scanImage: Spec<typeof S.scanIdInput, ScanImage>;
  confirmScan: Spec<typeof S.confirmScanInput, { scan: ScanView; ballotId: number; number: number; verdict: Verdict }>;
  setAsideScan: Spec<typeof S.setAsideScanInput, { scan: ScanView }>;
  decideSamePaper: Spec<typeof S.decideSamePaperInput, { scan: ScanView; number: number | null; verdict: Verdict | null }>;
  // A second look where it matters (issue 17, item 8)
  secondLook: Spec<typeof S.listScansInput, SecondLookView>;
  secondLookCrops: Spec<typeof S.secondLookCropsInput, SecondLookCrops>;
  recordMarginCheck: Spec<typeof S.recordMarginCheckInput, SecondLookView>;
  spotCheckDraw: Spec<typeof S.spotCheckDrawInput, SpotCheckDraw>;
  recordSpotCheck: Spec<typeof S.recordSpotCheckInput, SecondLookView>;
  browseFolders: Spec<typeof S.browseFoldersInput, FolderListing>;
}

/** The workspace: which congress file is open, new files, the files worked with (`workspaceApi`). */
export interface WorkspaceContract {
  workspaceInfo: Spec<NoInput, WorkspaceInfo>;
  recentFiles: Spec<NoInput, RecentFile[]>;
  listCongressFiles: Spec<NoInput, CongressFileEntry[]>;
  createCongressFile: Spec<typeof W.createCongressFileInput, WorkspaceInfo>;
  /** Needs no open file, writes nothing. */
  previewExcelFile: Spec<typeof previewExcelImportInput, ExcelPreview>;
  createCongressFileFromExcel: Spec<typeof W.createFileFromExcelInput, WorkspaceInfo>;
  createCongressFileFromCongressFile: Spec<typeof W.createFileFromCongressFileInput, WorkspaceInfo>;
  openCongressFile: Spec<typeof W.openCongressFileInput, WorkspaceInfo>;
  saveCongressCopy: Spec<typeof W.saveCongressCopyInput, { path: string }>;
  closeCongressFile: Spec<NoInput, WorkspaceInfo>;
}

/** A station's file from a setup package, and the backups of the open file (`teamsWorkspaceApi`). */
export interface TeamsWorkspaceContract {
  createCongressFileFromSetup: Spec<typeof W.createFileFromSetupInput, WorkspaceInfo>;
  listBackups: Spec<NoInput, BackupList>;
  backupNow: Spec<typeof T.backupNowInput, LabelledBackup>;
  restoreBackup: Spec<typeof T.restoreBackupInput, BackupRestored>;
}

/** Everything the renderer may call. */
export interface ApiContract extends FileApiContract, WorkspaceContract, TeamsWorkspaceContract {}

export type ApiMethod = keyof ApiContract;
export type MethodInput<M extends ApiMethod> = ApiContract[M]['input'];
export type MethodOutput<M extends ApiMethod> = ApiContract[M]['output'];
/** The arguments of a call: a method that takes no input may be called without one. */
export type MethodArgs<M extends ApiMethod> = [MethodInput<M>] extends [NoInput] ? [input?: NoInput] : [input: MethodInput<M>];

export interface BallotSaved {
  ballotId: number;
  uid: string;
  /** The first paper's number; a stack of N papers takes N numbers, `number` … `lastNumber`. */
  number: number;
  lastNumber: number;
  verdict: Verdict;
}

/** A correction; of a finished round (its next round exists), also what it did to that round and the next. */
export interface BallotCorrected extends BallotSaved {
  roundCorrection: RoundCorrection | null;
}

/** What correcting a ballot of a finished round did (issue 11). */
export interface RoundCorrection {
  /** Whether the round's outcome (elected, tie, seats unfilled) is not what it was. */
  outcomeChanged: boolean;
  /** In Vietnamese, what changed in the outcome (empty when nothing did). */
  changes: string[];
  /** The later rounds voided because the outcome changed: they must be held again. */
  voidedRounds: { electionId: number; title: string }[];
  /** The round's seal after the correction (a locked round stays locked, sealed anew); null for a round not locked. */
  fingerprint: string | null;
}

export interface BallotList {
  total: number;
  ballots: BallotView[];
  /** The number the next paper entered will get. */
  nextNumber: number;
}

export interface NextRoundCreated {
  electionId: number;
  key: string;
  kind: NextRoundProposal['kind'];
  seats: number;
  candidateKeys: string[];
}

/** What implementing a part of the contract means: each method, from its input to its output (now or later). */
export type Implementation<C extends Contract<C>> = {
  [M in keyof C]: (input: C[M]['input']) => Result<C[M]['output']> | Promise<Result<C[M]['output']>>;
};

type Contract<C> = { [M in keyof C]: { input: unknown; output: unknown } };
type Equivalent<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type InputOf<F> = F extends () => unknown ? NoInput : F extends (input: infer I) => unknown ? I : never;
type OutputOf<F> = F extends (...args: never[]) => infer R ? (Awaited<R> extends Result<infer T> ? T : never) : never;

/**
 * `true` when an implementation has exactly the methods of the contract, each taking exactly its
 * input and returning exactly its output (`satisfies` alone lets extra methods through a spread,
 * and a method may return more than the contract says); otherwise what differs, by method name.
 */
export type ContractCheck<Impl, C extends Contract<C>> = [Extra<Impl, C> | Missing<Impl, C> | OtherInput<Impl, C> | OtherOutput<Impl, C>] extends [never]
  ? true
  : { extra: Extra<Impl, C>; missing: Missing<Impl, C>; otherInput: OtherInput<Impl, C>; otherOutput: OtherOutput<Impl, C> };

/** Makes `tsc` fail unless `T` is `true`, showing `T` (a ContractCheck shows what differs). */
export type Assert<T extends true> = T;

type Extra<Impl, C> = Exclude<keyof Impl, keyof C>;
type Missing<Impl, C> = Exclude<keyof C, keyof Impl>;
type OtherInput<Impl, C extends Contract<C>> = { [M in keyof C & keyof Impl]: Equivalent<InputOf<Impl[M]>, C[M]['input']> extends true ? never : M }[keyof C & keyof Impl];
type OtherOutput<Impl, C extends Contract<C>> = { [M in keyof C & keyof Impl]: Equivalent<OutputOf<Impl[M]>, C[M]['output']> extends true ? never : M }[keyof C & keyof Impl];
