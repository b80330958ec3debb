import { ERROR_CODES } from '../../shared/api/errors';
import { exportSetupPackageInput, exportStationPackageInput, loadSetupPackageInput, mergePackagesInput, setStationNameInput, setTeamReceivedInput } from '../../shared/api/teams-inputs';
import { congressIdInput, electionIdInput } from '../../shared/api/inputs';
import { applyPlanToTarget, planMerge, type MergePlan } from '../../shared/merge/plan';
import { packageFailure } from '../../shared/packages/errors';
import type { StationPackage } from '../../shared/packages/formats';
import { err, fail, ok, type AppError, type Result } from '../../shared/result';
import { tallyElection } from '../../shared/rules/tally';
import { localDateTimeOf, numericDateTime } from '../../shared/format/date';
import { fileNameSlug } from '../../shared/text/slug';

/** When a package was made, on the room's clock, to the second: "20/06/2025 07:30 15" (a file name's words). */
function localStamp(iso: string): string {
  const date = new Date(iso);
  return `${numericDateTime(localDateTimeOf(date))} ${String(date.getSeconds()).padStart(2, '0')}`;
}
import { electionTallyInput } from '../services/election-data';
import { applyPlanToStore, targetFromStore } from '../services/merge-store';
import { openSetupPackage, openStationPackage, type OpenedPackage } from '../services/packages';
import { loadSetupPackageIntoStore, setStationName, setupPackageFromStore, stationOf, stationPackageFromStore, stationTeamOf, teamKeysOf } from '../services/station-packages';
import { inTransaction, method, type ApiContext } from './context';

type PlannedPackage = { label: string; ok: true; opened: OpenedPackage<StationPackage>; plan: MergePlan } | { label: string; ok: false; error: AppError };

/** What the chair is shown of a package before it is merged. */
function previewOf(p: PlannedPackage) {
  if (!p.ok) return { label: p.label, ok: false as const, error: p.error };
  const { opened, plan } = p;
  return {
    label: p.label,
    ok: true as const,
    team: opened.package.team,
    station: opened.package.station.name,
    createdAt: opened.package.createdAt,
    sha256: opened.sha256,
    stationAudit: opened.package.audit,
    counts: plan.counts,
    blocked: plan.blocked,
    problems: plan.problems,
    elections: plan.elections.map((e) => ({
      key: e.key, title: e.title, add: e.add.length, present: e.present, corrections: e.corrections.length, claimed: e.claimed.length, missing: e.missing.length, withoutId: e.withoutId,
      teamTotals: e.teamTotals.map((t) => ({ team: t.total.team, status: t.status })), teamReceived: e.teamReceived,
    })),
  };
}

export function stationApi(ctx: ApiContext) {
  const { store } = ctx;

  /**
   * Opens every package and plans it against the chair's data and the packages before it in the
   * list (so two packages holding the same ballot, or the same package twice, are found too).
   */
  function planPackages(congressId: number, packages: readonly { label: string; content: string }[], acceptCorrections: boolean): Result<PlannedPackage[]> {
    const keys = teamKeysOf(store, congressId);
    if (!keys.ok) return keys;
    const now = ctx.now();
    // Read the chair's ballots only when a package needs them: a refused package is refused quickly.
    const merged = new Map(store.listStationPackages(congressId).map((p) => [p.sha256, { label: p.label, mergedAt: p.mergedAt }]));
    let target: ReturnType<typeof targetFromStore> | null = null;
    return ok(
      packages.map((file): PlannedPackage => {
        const opened = openStationPackage(file.content, file.label, keys.value);
        if (!opened.ok) return { label: file.label, ok: false, error: opened.error };
        const earlier = (target?.merged ?? merged).get(opened.value.sha256);
        if (earlier) {
          const why = earlier.mergedAt === now ? `trùng nội dung với gói "${earlier.label}" cũng đang được gộp` : `đã gộp rồi (cùng nội dung với gói "${earlier.label}", gộp lúc ${earlier.mergedAt}): không gộp lại`;
          return { label: file.label, ok: false, error: packageFailure(ERROR_CODES.packageDuplicate, file.label, why).error };
        }
        target ??= targetFromStore(store, congressId);
        const p = opened.value.package;
        const plan = planMerge(target, opened.value.congress, { label: file.label, team: p.team, station: p.station, createdAt: p.createdAt, identity: p.congressId }, { acceptCorrections });
        applyPlanToTarget(target, plan, opened.value.sha256, now);
        return { label: file.label, ok: true, opened: opened.value, plan };
      }),
    );
  }

  return {
    /** The setup package for one team's station: the congress, its lists, its identity, the team and that team's key. */
    exportSetupPackage: method(exportSetupPackageInput, (input) => {
      const congress = ctx.requireCongress(input.congressId);
      if (!congress.ok) return congress;
      const team = ctx.requireTeam(input.teamId, input.congressId);
      if (!team.ok) return team;
      return inTransaction(store, () => {
        const made = setupPackageFromStore(store, input.congressId, team.value, ctx.now());
        if (!made.ok) return made;
        ctx.audit('setup_package.exported', { congressId: input.congressId, operator: input.operator }, { teamId: team.value.id, team: team.value.name });
        return ok({ text: made.value.text, team: team.value.name, fileName: `${fileNameSlug(`${congress.value.name} ${team.value.name}`)}.goi-thiet-lap.json` });
      });
    }),

    /** At a station: the congress file starts from its team's setup package (same identity, the team's key). */
    loadSetupPackage: method(loadSetupPackageInput, (input) => {
      if (store.listCongresses().length > 0) return fail(ERROR_CODES.duplicate, 'Hồ sơ này đã có đại hội: gói thiết lập chỉ nạp vào một hồ sơ mới');
      const opened = openSetupPackage(input.content, input.label);
      if (!opened.ok) return opened;
      return inTransaction(store, () => {
        const { result: loaded, written } = store.recordingWrites(() => loadSetupPackageIntoStore(store, opened.value, { now: ctx.now(), newId: ctx.newId, stationName: input.stationName }));
        ctx.audit('setup_package.loaded', { congressId: loaded.congressId, operator: input.operator }, { label: input.label, sha256: opened.value.sha256, congressIdentity: opened.value.package.congressId, station: stationOf(store), ...loaded, written });
        return ok(loaded);
      });
    }),

    /** This machine as a station, and the packages merged into this congress. */
    stationInfo: method(congressIdInput, ({ congressId }) => {
      const congress = ctx.requireCongress(congressId);
      if (!congress.ok) return congress;
      const identity = store.getCongressIdentity(congressId);
      return ok({ station: stationOf(store), congressIdentity: identity?.identity ?? null, team: stationTeamOf(store, congressId), packages: store.listStationPackages(congressId) });
    }),

    setStationName: method(setStationNameInput, (input) =>
      inTransaction(store, () => {
        const before = stationOf(store).name;
        setStationName(store, input.name);
        ctx.audit('station.renamed', { operator: input.operator }, { from: before, to: input.name });
        return ok(stationOf(store));
      }),
    ),

    /** A team's ballots and totals, signed, for the chair's machine. */
    exportStationPackage: method(exportStationPackageInput, (input) => {
      const congress = ctx.requireCongress(input.congressId);
      if (!congress.ok) return congress;
      const found = ctx.requireTeam(input.teamId, input.congressId);
      if (!found.ok) return found;
      const team = found.value;
      return inTransaction(store, () => {
        const made = stationPackageFromStore(store, input.congressId, team, ctx.now());
        if (!made.ok) return made;
        ctx.audit('station_package.exported', { congressId: input.congressId, operator: input.operator }, { teamId: team.id, team: team.name, ballots: made.value.ballots, leftOut: made.value.leftOut });
        return ok({ ...made.value, team: team.name, fileName: `${fileNameSlug(`${team.name} ${stationOf(store).name} ${localStamp(ctx.now())}`)}.goi-tram.json` });
      });
    }),

    /** What merging the packages would do, shown before anything is merged. */
    previewPackages: method(mergePackagesInput, (input) => {
      const congress = ctx.requireCongress(input.congressId);
      if (!congress.ok) return congress;
      const planned = planPackages(input.congressId, input.packages, input.acceptCorrections);
      if (!planned.ok) return planned;
      const packages = planned.value.map(previewOf);
      return ok({ packages, canMerge: planned.value.every((p) => p.ok && !p.plan.blocked) });
    }),

    /**
     * Merges the packages in one transaction, each with its audit event; a refused or blocked
     * package refuses them all, and nothing is merged.
     */
    mergePackages: method(mergePackagesInput, (input) => {
      const congress = ctx.requireCongress(input.congressId);
      if (!congress.ok) return congress;
      return inTransaction(store, () => {
        const planned = planPackages(input.congressId, input.packages, input.acceptCorrections);
        if (!planned.ok) return planned;
        const refused = planned.value.find((p) => !p.ok || p.plan.blocked);
        if (refused) {
          if (!refused.ok) return err({ ...refused.error, message: `Không gộp gói nào. ${refused.error.message}` });
          const errors = refused.plan.problems.filter((p) => p.severity === 'error');
          return err({ code: ERROR_CODES.mergeConflict, message: `Không gộp gói nào. Gói "${refused.label}": ${errors[0]?.message}`, path: refused.label, details: errors.map((p) => ({ path: refused.label, message: p.message })) });
        }
        const now = ctx.now();
        const merged = planned.value.map((p) => {
          if (!p.ok) throw new Error('unreachable');
          const { opened, plan } = p;
          const { result: applied, written } = store.recordingWrites(() => applyPlanToStore(store, input.congressId, plan, { now, newId: ctx.newId, operator: input.operator ?? '' }));
          const summary = { team: opened.package.team, station: opened.package.station, createdAt: opened.package.createdAt, stationAudit: opened.package.audit, ...applied };
          store.insertStationPackage({ congressId: input.congressId, sha256: opened.sha256, label: p.label, teamName: opened.package.team, stationId: opened.package.station.id, stationName: opened.package.station.name, createdAt: opened.package.createdAt, mergedAt: now, operator: input.operator ?? '', summary });
          ctx.audit('packages.merged', { congressId: input.congressId, operator: input.operator }, { label: p.label, sha256: opened.sha256, acceptCorrections: input.acceptCorrections, ...summary, written });
          return { label: p.label, ...summary };
        });
        return ok({ packages: merged });
      });
    }),

    /** RULES R4.5: the ballots handed to a team (null: not declared). */
    setTeamReceived: method(setTeamReceivedInput, (input) =>
      inTransaction(store, () => {
        const found = ctx.requireEditableTeam(input.electionId, input.teamId);
        if (!found.ok) return found;
        const { election, team } = found.value;
        const before = store.listTeamReceived(election.id).find((r) => r.teamId === team.id)?.received ?? null;
        if (input.received === null) store.deleteTeamReceived(election.id, team.id);
        else store.setTeamReceived({ electionId: election.id, teamId: team.id, received: input.received, operator: input.operator ?? '', enteredAt: ctx.now() });
        ctx.audit('team_received.set', { congressId: election.congressId, electionId: election.id, operator: input.operator }, { teamId: team.id, team: team.name, before, after: input.received, ...(input.reason ? { reason: input.reason } : {}) });
        return ok({ electionId: election.id, teamId: team.id, received: input.received });
      }),
    ),

    /** RULES R4.5 per team and overall: received, entered, reported, valid + invalid, and what does not match. */
    teamReconciliation: method(electionIdInput, ({ electionId }) => {
      const election = ctx.requireElection(electionId);
      if (!election.ok) return election;
      const congress = ctx.requireCongress(election.value.congressId);
      if (!congress.ok) return congress;
      const tally = tallyElection(electionTallyInput(store, congress.value, election.value, ctx.ballots.currentBallots(election.value.id)));
      const teams = store.listTeams(congress.value.id);
      const rows = [...teams.map((t) => ({ teamId: t.id as number | null, team: t.name as string | null })), { teamId: null, team: null }].flatMap(({ teamId, team }) => {
        const counted = tally.teams.find((c) => c.team === team);
        if (!counted && team === null) return [];
        const problems = tally.problems.filter((p) => p.team !== undefined && p.team === (team ?? '(không ghi tổ)'));
        return [{
          teamId, team, received: counted?.received ?? null, entered: counted?.entered ?? 0, reported: counted?.reported?.returned ?? null, returned: counted?.returned ?? 0, valid: counted?.valid ?? 0, invalid: counted?.invalid ?? 0,
          matches: !problems.some((p) => p.severity === 'error'), problems,
        }];
      });
      const receivedSum = rows.reduce((s, r) => s + (r.received ?? 0), 0);
      return ok({
        electionId, title: election.value.title, rows,
        overall: { declaredReturned: election.value.ballotsReturned, issued: election.value.ballotsIssued, receivedSum, anyReceived: rows.some((r) => r.received !== null), counted: tally.ballots.counted, valid: tally.ballots.valid, invalid: tally.ballots.invalid },
        problems: tally.problems,
        blocked: tally.problems.some((p) => p.severity === 'error'),
      });
    }),
  };
}
