import type { ApiMethod, FileApiContract, TeamsWorkspaceContract, WorkspaceContract } from './contract';

/**
 * The contract's method names as values, for the routers to check a name without building the
 * api. `satisfies` makes each list exactly its part of the contract: a name missing or extra fails `tsc`.
 */

const FILE_API = {
  listCongresses: true, getCongress: true, createCongress: true, updateCongress: true, setChairPin: true, createTeam: true, renameTeam: true,
  getElection: true, createElection: true, updateElection: true, pauseElection: true,
  addCandidate: true, addCandidates: true, updateCandidate: true, removeCandidate: true, withdrawCandidate: true, sortCandidatesAbc: true, reorderCandidates: true,
  enterBallot: true, correctBallot: true, voidBallot: true, listBallots: true, ballotHistory: true, setTeamTotals: true, removeTeamTotals: true,
  tally: true, tallyCongress: true, finalResults: true, lockElection: true, unlockElection: true, createNextRound: true,
  importCongressFile: true, exportCongressFile: true,
  listAudit: true, verifyAudit: true, exportAudit: true,
  minutesPdf: true, summaryPdf: true, ballotPaperPdf: true, reprintBallots: true,
  previewExcelImport: true, importExcel: true, exportWorkbook: true,
  exportSetupPackage: true, loadSetupPackage: true, stationInfo: true, setStationName: true, exportStationPackage: true, previewPackages: true, mergePackages: true, setTeamReceived: true, teamReconciliation: true,
  createBatch: true, listBatches: true, getBatch: true, batchPass: true, enterReading: true, finishPass: true, compareBatch: true, resolveDifference: true, reconcileBatch: true, abandonBatch: true, doubleEntryReport: true,
  scanFolder: true, listScans: true, scanImage: true, confirmScan: true, setAsideScan: true, decideSamePaper: true, browseFolders: true,
  secondLook: true, secondLookCrops: true, recordMarginCheck: true, spotCheckDraw: true, recordSpotCheck: true,
} as const satisfies Record<keyof FileApiContract, true>;

const WORKSPACE = {
  workspaceInfo: true, recentFiles: true, listCongressFiles: true, createCongressFile: true, previewExcelFile: true, createCongressFileFromExcel: true, createCongressFileFromCongressFile: true, openCongressFile: true, saveCongressCopy: true, closeCongressFile: true,
} as const satisfies Record<keyof WorkspaceContract, true>;

const TEAMS_WORKSPACE = {
  createCongressFileFromSetup: true, listBackups: true, backupNow: true, restoreBackup: true,
} as const satisfies Record<keyof TeamsWorkspaceContract, true>;

/** The methods of the open congress file: they need one open. */
export const FILE_API_METHODS = Object.keys(FILE_API) as readonly (keyof FileApiContract)[];
/** The methods of the workspace (the Electron and browser shells): they work with no file open. */
export const WORKSPACE_METHODS = [...Object.keys(WORKSPACE), ...Object.keys(TEAMS_WORKSPACE)] as readonly (keyof WorkspaceContract | keyof TeamsWorkspaceContract)[];
export const API_METHODS: readonly ApiMethod[] = [...WORKSPACE_METHODS, ...FILE_API_METHODS];

const FILE_API_SET: ReadonlySet<string> = new Set(FILE_API_METHODS);
const API_SET: ReadonlySet<string> = new Set(API_METHODS);

export function isFileApiMethod(name: string): name is keyof FileApiContract {
  return FILE_API_SET.has(name);
}

export function isApiMethod(name: string): name is ApiMethod {
  return API_SET.has(name);
}
