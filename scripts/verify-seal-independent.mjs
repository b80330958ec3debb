#!/usr/bin/env node
// An independent computation of the seal, written from docs/seal.md alone (it imports nothing of
// the program). Usage: node scripts/verify-seal-independent.mjs FILE.json [--audit-head HEX]
// Prints, as JSON, each election's seal and part digests (with its lock's auditHead, or the one given).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const [path, flag, given] = process.argv.slice(2);
const file = JSON.parse(readFileSync(path, 'utf8'));
const T = (x) => (x === undefined || x === null || x === '' ? null : String(x).normalize('NFC'));
const N = (x) => (x === undefined ? null : x);
const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (a) => [...a].sort(order);
const canon = (v) =>
  v === null || typeof v !== 'object' ? JSON.stringify(v)
  : Array.isArray(v) ? `[${v.map(canon).join(',')}]`
  : `{${Object.keys(v).sort(order).map((k) => `${JSON.stringify(k)}:${canon(v[k])}`).join(',')}}`;
const byText = (a) => a.map((v) => [canon(v), v]).sort((x, y) => order(x[0], y[0])).map((x) => x[1]);
const nonzero = (r = {}) => Object.fromEntries(Object.entries(r).filter(([, n]) => n !== 0));
const marked = (m) => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== 'none'));
const sha = (text) => createHash('sha256').update(Buffer.from(text, 'utf8'));
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function sealCode(bytes) {
  let bits = '';
  for (const b of bytes) bits += b.toString(2).padStart(8, '0');
  while (bits.length % 5) bits += '0';
  let out = '';
  for (let i = 0; i < bits.length; i += 5) out += B32[parseInt(bits.slice(i, i + 5), 2)];
  return out.match(/.{1,4}/g).join('-');
}

const c = file.congress;
const congressPart = {
  name: T(c.name), organization: T(c.organization), term: T(c.term), place: T(c.place), date: T(c.date), kind: c.kind ?? 'delegates',
  meeting: N(c.meeting), summoned: c.summoned, present: N(c.present),
  exclusions: (c.exclusions ?? []).map((x) => ({ reason: T(x.reason), count: x.count })),
  countingCommittee: (c.countingCommittee ?? []).map((m) => ({ name: T(m.name), role: T(m.role) })),
};
const RULINGS = ['NOT_ISSUED', 'WRITE_IN', 'MARKED_SIGNED', 'COMMITTEE_RULED'];

const out = (file.elections ?? []).map((e) => {
  const parts = {
    congress: congressPart,
    election: {
      id: e.id, office: e.office, title: T(e.title), seats: e.seats, approvedSeats: N(e.approvedSeats), round: e.round ?? 1, continues: N(e.continues),
      requireMajority: e.requireMajority ?? true, base: N(e.base), ballotsIssued: N(e.ballotsIssued), ballotsReturned: N(e.ballotsReturned),
      allBothOrNoneInvalid: e.allBothOrNoneInvalid ?? true, voided: e.voided ? { at: T(e.voided.at), reason: T(e.voided.reason) } : null,
    },
    list: e.candidates.map((k) => {
      const withdrawn = k.withdrawn ?? false;
      return {
        id: k.id, name: T(k.name), birthYear: N(k.birthYear), birthDate: T(k.birthDate), gender: T(k.gender), position: T(k.position), note: T(k.note),
        nomination: N(k.nomination), withdrawn, onPaper: withdrawn && k.onPaper === true, withdrawnAt: withdrawn ? T(k.withdrawnAt) : null,
      };
    }),
  };
  const onPaper = e.candidates.filter((k) => !(k.withdrawn ?? false) || k.onPaper === true).map((k) => k.id);
  let next = 1;
  parts.ballots = (e.ballots ?? []).map((b) => {
    const count = b.count ?? 1;
    const number = b.number ?? next;
    next = Math.max(next, number + count);
    const vote = b.kept ? { struck: sorted(onPaper.filter((id) => !b.kept.includes(id))) } : b.struck ? { struck: sorted(b.struck) } : b.marks ? { marks: marked(b.marks) } : null;
    return { number, count, team: T(b.team), vote, ruling: RULINGS.includes(b.invalid) ? b.invalid : null, note: T(b.note) };
  }).sort((x, y) => x.number - y.number);
  parts.totals = {
    teamTotals: byText((e.teamTotals ?? []).map((t) => ({ team: T(t.team), returned: t.returned, valid: t.valid, invalid: nonzero(t.invalid), votes: nonzero(t.votes) }))),
    teamReceived: byText((e.teamReceived ?? []).map((r) => ({ team: T(r.team), received: r.received }))),
  };
  parts.scans = byText((e.scans ?? []).map((s) => ({
    image: T(s.image), sha256: s.sha256, status: s.status, reason: T(s.reason), struck: s.struck ? sorted(s.struck) : null, marks: s.marks ? marked(s.marks) : null,
    uncertain: sorted(s.uncertain ?? []), decision: s.decision, number: N(s.number), note: T(s.note),
  })));
  const digests = Object.fromEntries(['congress', 'election', 'list', 'ballots', 'totals', 'scans'].map((p) => [p, sha(canon(parts[p])).digest('hex')]));
  const auditHead = flag === '--audit-head' ? given : e.lock?.auditHead ?? '0'.repeat(64);
  const text = `kiem-phieu.seal/1\n${Object.entries(digests).map(([p, d]) => `${p} ${d}\n`).join('')}auditHead ${auditHead}\n`;
  return { id: e.id, seal: sealCode(sha(text).digest()), digests, recorded: e.lock?.fingerprint ?? null };
});
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
