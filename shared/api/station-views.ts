import type { FigureStatus, MergePlan, MergeProblem } from '../merge/plan';
import type { StationPackage } from '../packages/formats';
import type { Problem } from '../rules/problems';
import type { AppError } from '../result';
import type { StationPackageRow } from './records';

/** What the chair and the stations are shown of packages, merges and the teams' figures. */

/** This machine as a station: its id and the name people gave it. */
export interface StationIdentity {
  id: string;
  name: string;
}

export interface StationInfo {
  station: StationIdentity;
  congressIdentity: string | null;
  /** At a station, the only team it counts for (its file was made from that team's setup package); null on the chair's machine. */
  team: string | null;
  packages: StationPackageRow[];
}

/** One team's setup package. */
export interface SetupPackageFile {
  text: string;
  fileName: string;
  team: string;
}

export interface SetupPackageLoaded {
  congressId: number;
  elections: number;
  /** The team this station counts for. */
  team: string;
}

export interface StationPackageFile {
  text: string;
  fileName: string;
  team: string;
  ballots: number;
  /** Ballots of other teams (or of none), left out of the package. */
  leftOut: number;
}

/** What merging one election of a package would do. */
export interface ElectionMergePreview {
  key: string;
  title: string;
  add: number;
  present: number;
  corrections: number;
  claimed: number;
  missing: number;
  withoutId: number;
  teamTotals: { team: string; status: FigureStatus }[];
  teamReceived: { team: string; received: number; status: FigureStatus }[];
}

/** A package as the chair sees it before merging: refused with why, or what it would change. */
export type PackagePreview =
  | { label: string; ok: false; error: AppError }
  | {
      label: string;
      ok: true;
      team: string;
      station: string;
      createdAt: string;
      sha256: string;
      stationAudit: StationPackage['audit'];
      counts: MergePlan['counts'];
      blocked: boolean;
      problems: MergeProblem[];
      elections: ElectionMergePreview[];
    };

export interface PackagesPreview {
  packages: PackagePreview[];
  canMerge: boolean;
}

export interface MergedElectionSummary {
  key: string;
  added: number;
  present: number;
  corrected: number;
  voided: number;
  /** Numbers given to the ballots added, first and last. */
  numbers: [number, number] | null;
  teamTotals: number;
  teamReceived: number;
}

export interface MergedPackage {
  label: string;
  team: string;
  station: StationIdentity;
  createdAt: string;
  stationAudit: StationPackage['audit'];
  elections: MergedElectionSummary[];
  teamsCreated: string[];
}

export interface PackagesMerged {
  packages: MergedPackage[];
}

/** RULES R4.5 for one team (team null: ballots entered without a team). */
export interface TeamReconciliationRow {
  teamId: number | null;
  team: string | null;
  received: number | null;
  entered: number;
  reported: number | null;
  returned: number;
  valid: number;
  invalid: number;
  matches: boolean;
  problems: Problem[];
}

export interface TeamReconciliation {
  electionId: number;
  title: string;
  rows: TeamReconciliationRow[];
  overall: { declaredReturned: number | null; issued: number | null; receivedSum: number; anyReceived: boolean; counted: number; valid: number; invalid: number };
  problems: Problem[];
  blocked: boolean;
}
