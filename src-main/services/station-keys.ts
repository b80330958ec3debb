import { createHash, hkdfSync } from 'node:crypto';

/**
 * The keys station packages are signed with (docs/dev/architecture.md, "Packages"). The congress key stays on the
 * chair's machine; each team's station holds only its team's key, derived from it, so a station
 * can neither sign for another team nor find the congress key.
 */

/** The congress's identity and its signing key (hex), as kept in congress_identity on the chair's machine. */
export interface CongressKey {
  identity: string;
  signingKey: string;
}

const PURPOSE = 'kiem-phieu station key v1';
/** Node's HKDF takes at most 1024 bytes of info; a longer team name is named by its SHA-256 under another purpose. */
const MAX_INFO_BYTES = 1024;

function infoFor(team: string): Buffer {
  const name = Buffer.from(team, 'utf8');
  const info = Buffer.concat([Buffer.from(PURPOSE, 'utf8'), Buffer.from([0]), name]);
  if (info.length <= MAX_INFO_BYTES) return info;
  return Buffer.concat([Buffer.from(`${PURPOSE} sha256`, 'utf8'), Buffer.from([0]), createHash('sha256').update(name).digest()]);
}

/**
 * A team's key: HKDF-SHA-256 of the congress key, with the congress identity (its 16 bytes) as
 * salt and, as info, the purpose, a zero byte and the team's name in UTF-8 (NFC, as every name is
 * stored); 32 bytes, as 64 hexadecimal digits.
 */
export function deriveTeamKey(key: CongressKey, team: string): string {
  return Buffer.from(hkdfSync('sha256', Buffer.from(key.signingKey, 'hex'), Buffer.from(key.identity, 'hex'), infoFor(team), 32)).toString('hex');
}

/** What a station holds: its team and that team's key (hex), for the congress of the identity. */
export interface TeamKey {
  identity: string;
  team: string;
  key: string;
}

/** What checks station packages: the congress identity and the key of each team known here. */
export interface TeamKeys {
  identity: string;
  /** The team's key, or null when this side has none (the command line without that team's setup package). */
  keyOf(team: string): string | null;
  /** The teams whose keys can be tried, to say whose key signed a package that claims another team. */
  teams(): readonly string[];
}

/** At the chair: every team's key, derived from the congress key when first asked for. */
export function congressTeamKeys(key: CongressKey, teams: () => readonly string[]): TeamKeys {
  const derived = new Map<string, string>();
  return {
    identity: key.identity,
    keyOf(team) {
      let teamKey = derived.get(team);
      if (teamKey === undefined) derived.set(team, (teamKey = deriveTeamKey(key, team)));
      return teamKey;
    },
    teams,
  };
}

/** On the command line: the keys of the teams whose setup packages were given. */
export function givenTeamKeys(identity: string, keys: ReadonlyMap<string, string>): TeamKeys {
  return { identity, keyOf: (team) => keys.get(team) ?? null, teams: () => [...keys.keys()] };
}
