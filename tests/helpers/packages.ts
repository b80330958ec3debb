import { randomBytes } from 'node:crypto';
import type { CongressFile } from '../../shared/congress-file/schema';
import { withoutCountedData } from '../../shared/merge/file-merge';
import type { Store } from '../../src-main/db/store';
import { congressFileFromStore } from '../../src-main/services/congress-file-io';
import { canonicalJson } from '../../shared/packages/canonical-json';
import { packageText } from '../../shared/packages/read';
import { signText, writeStationPackage } from '../../src-main/services/packages';
import { deriveTeamKey, type TeamKey } from '../../src-main/services/station-keys';
import { randomInt, sample, seededRandom } from './random';

/**
 * Station packages as stations would send them, made directly (no typing): one per team, each
 * with `perTeam` format-A ballots in the congress's first election, signed with its team's key
 * (derived from the chair's congress key, as in that team's setup package).
 */
export function syntheticStationPackages(store: Store, congressId: number, teams: readonly string[], perTeam: number, seed = 1): { team: string; text: string }[] {
  const identity = store.getCongressIdentity(congressId);
  if (!identity) throw new Error('no congress identity');
  const base = withoutCountedData(congressFileFromStore(store, congressId));
  const election = base.elections[0];
  if (!election) throw new Error('no election');
  const ids = election.candidates.filter((c) => !c.withdrawn).map((c) => c.id);
  const random = seededRandom(seed);
  return teams.map((team, t) => {
    const ballots = Array.from({ length: perTeam }, (_, i) => ({ id: `t${t + 1}-p${i + 1}`, team, struck: sample(random, ids, randomInt(random, 1, Math.max(1, ids.length - 1))), count: 1, operator: `Người nhập ${t + 1}`, at: '2025-06-20T09:00:00.000Z' }));
    const congress: CongressFile = { ...base, elections: base.elections.map((e, k) => (k === 0 ? { ...e, ballots } : e)) };
    const text = writeStationPackage({
      teamKey: { identity: identity.identity, team, key: deriveTeamKey(identity, team) }, station: { id: randomBytes(16).toString('hex'), name: `Máy ${t + 1}` }, createdAt: '2025-06-20T10:00:00.000Z',
      audit: { events: perTeam, lastHash: '0'.repeat(64), intact: true }, congress,
    });
    return { team, text };
  });
}

/**
 * A station package changed and signed again with the given team's key: what a holder of that
 * key could make. The package claims `teamKey.team`; its content is the caller's.
 */
export function resignedAs(fields: Record<string, unknown>, teamKey: TeamKey): string {
  const all: Record<string, unknown> = { ...fields, team: teamKey.team, congressId: teamKey.identity };
  const { signature: _old, ...signed } = all;
  return packageText(signed, signText(teamKey.key, canonicalJson(signed)));
}
