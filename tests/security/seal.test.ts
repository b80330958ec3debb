import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import type { CongressFile, ElectionInFile } from '../../shared/congress-file/schema';
import { writeCongressFile } from '../../shared/congress-file/write';
import { sealOf } from '../../shared/seal/seal';
import { tempDir } from '../helpers/api';
import { bigCongressFile } from '../helpers/big-election';
import { chiBoCongress } from '../helpers/chi-bo-congress';
import { runCli } from '../helpers/cli';
import { lockedFile } from '../helpers/locked';
import { sampleText } from '../helpers/samples';
import { scanCongress } from '../helpers/scan-congress';

/**
 * Issue 20, findings 1 and 2, and the published form (docs/seal.md): a second computation of the
 * seal written from the doc alone (scripts/verify-seal-independent.mjs, no import of the program)
 * agrees with shared/seal on several files, and `kiem-phieu verify` names what an edit changed.
 */
function read(text: string): CongressFile {
  const parsed = readCongressFile(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const sample = () => read(sampleText('dai-hoi-mau.json'));

/** The sample with scans recorded for two ballots of the Ban Chấp hành, and a name withdrawn after printing. */
function withScansAndWithdrawal(): CongressFile {
  const file = scanCongress((json) => {
    const bch = json.elections[0];
    bch.scans = [
      { image: 'anh-001.png', sha256: 'a'.repeat(64), status: 'read', struck: ['c03', 'c01'], uncertain: [], decision: 'counted', number: 1 },
      { image: 'anh-002.png', sha256: 'b'.repeat(64), status: 'refused', reason: 'không thấy bốn góc', uncertain: [], decision: 'refused' },
    ];
  });
  return file;
}

const FILES: [string, () => CongressFile][] = [
  ['the sample congress', sample],
  ['a chi bộ with a further round and an agree/disagree paper', () => read(JSON.stringify(chiBoCongress({ locked: false })))],
  ['a list of 60 names and 80 ballots', () => bigCongressFile(60, 80)],
  ['scans recorded and a format-B election', withScansAndWithdrawal],
];

interface Independent {
  id: string;
  seal: string;
  digests: Record<string, string>;
}

function independent(dir: string, file: CongressFile, name = 'tep.json'): Independent[] {
  const path = join(dir, name);
  writeFileSync(path, writeCongressFile(file));
  return JSON.parse(execFileSync(process.execPath, ['scripts/verify-seal-independent.mjs', path], { encoding: 'utf8' })) as Independent[];
}

const election = (file: CongressFile, id: string) => file.elections.find((e) => e.id === id) as ElectionInFile;
function changed(file: CongressFile, id: string, change: (e: ElectionInFile) => ElectionInFile): CongressFile {
  return { ...file, elections: file.elections.map((e) => (e.id === id ? change(e) : e)) };
}

describe('the seal, recomputed from docs/seal.md by an independent script', () => {
  it.each(FILES)('agrees with the program on %s, every election and every part', (_, make) => {
    const dir = tempDir();
    const file = lockedFile(make());
    const theirs = independent(dir, file);
    expect(theirs.map((e) => e.id)).toEqual(file.elections.map((e) => e.id));
    for (const e of file.elections) {
      const ours = sealOf(file.congress, e, e.lock?.auditHead as string);
      expect(theirs.find((t) => t.id === e.id)).toEqual(expect.objectContaining({ seal: ours.code, digests: ours.digests }));
      expect(e.lock?.fingerprint).toBe(ours.code);
    }
  });

  // Each edit of finding 2 (and a vote, a scan record): both computations see the seal change, in the part named.
  const EDITS: [string, string, (f: CongressFile) => CongressFile][] = [
    ['congress name', 'congress', (f) => ({ ...f, congress: { ...f.congress, name: `${f.congress.name} (sửa)` } })],
    ['place', 'congress', (f) => ({ ...f, congress: { ...f.congress, place: 'Nơi khác' } })],
    ['date', 'congress', (f) => ({ ...f, congress: { ...f.congress, date: '2025-06-21' } })],
    ['kind', 'congress', (f) => ({ ...f, congress: { ...f.congress, kind: 'members' } })],
    ['counting committee', 'congress', (f) => ({ ...f, congress: { ...f.congress, countingCommittee: [{ name: 'Người Khác', role: 'Trưởng ban' }] } })],
    ['summoned and an exclusion, the same base', 'congress', (f) => ({ ...f, congress: { ...f.congress, summoned: f.congress.summoned + 1, exclusions: [...f.congress.exclusions, { reason: 'Đi công tác', count: 1 }] } })],
    ['election title', 'election', (f) => changed(f, 'bch', (e) => ({ ...e, title: 'Bầu khác' }))],
    ['approvedSeats', 'election', (f) => changed(f, 'bch', (e) => ({ ...e, approvedSeats: e.seats + 2 }))],
    ['voided', 'election', (f) => changed(f, 'bch', (e) => ({ ...e, voided: { at: '2025-06-20T11:00:00+07:00', reason: 'Hủy' } }))],
    ['continues', 'election', (f) => changed(f, 'bt', (e) => ({ ...e, continues: 'bch' }))],
    ['one ballot’s vote', 'ballots', (f) => changed(f, 'bch', (e) => ({ ...e, ballots: e.ballots.map((b, i) => (i === 0 ? { ...b, struck: [...(b.struck ?? []).filter((id) => id !== 'c02'), ...((b.struck ?? []).includes('c02') ? [] : ['c02'])] } : b)) }))],
    ['a scan record', 'scans', (f) => changed(f, 'bch', (e) => ({ ...e, scans: (e.scans ?? []).map((s, i) => (i === 0 ? { ...s, sha256: 'c'.repeat(64) } : s)) }))],
  ];

  it.each(EDITS)('changes with the %s, for both, in the part "%s"; `verify` names it and exits 1', (what, part, edit) => {
    const dir = tempDir();
    const file = lockedFile(withScansAndWithdrawal());
    const id = what === 'continues' ? 'bt' : 'bch';
    const before = independent(dir, file).find((e) => e.id === id) as Independent;
    const after = edit(file);
    const theirs = independent(dir, after, 'sua.json').find((e) => e.id === id) as Independent;
    const ours = sealOf(after.congress, election(after, id), election(file, id).lock?.auditHead as string);
    expect(theirs.seal).toBe(ours.code);
    expect(theirs.seal).not.toBe(before.seal);
    expect(Object.keys(theirs.digests).filter((p) => theirs.digests[p] !== before.digests[p])).toEqual([part]);

    const run = runCli('verify', join(dir, 'sua.json'), '--code', before.seal);
    expect(run.status, run.stdout + run.stderr).toBe(1);
    // A round made to continue another office's election breaks RULES R0 too: the reader refuses the file before its seal is read, naming the field.
    if (what === 'continues') return expect(run.stderr).toContain('continues');
    expect(run.stdout).toContain('KHÔNG KHỚP');
    expect(run.stdout).toContain(`cuộc bầu "${id}"`);
    const words = { congress: 'thông tin đại hội', election: 'thông tin cuộc bầu', ballots: 'phiếu bầu', scans: 'bản ghi phiếu quét' }[part] as string;
    expect(run.stdout).toContain(words);
  });

  it('does not change when the names inside ballots are reordered or respelled kept for struck (finding 1)', () => {
    const dir = tempDir();
    const file = lockedFile(sample());
    const bch = election(file, 'bch');
    const paper = bch.candidates.map((c) => c.id);
    const respelled = changed(file, 'bch', (e) => ({
      ...e,
      ballots: e.ballots.map((b) => {
        if (b.struck === undefined) return b;
        const { struck, ...rest } = b;
        return struck.length % 2 === 0 ? { ...rest, struck: [...struck].reverse() } : { ...rest, kept: paper.filter((id) => !struck.includes(id)).reverse() };
      }),
    }));
    expect(independent(dir, respelled, 'khac.json')).toEqual(independent(dir, file));
    const run = runCli('verify', join(dir, 'khac.json'), '--code', bch.lock?.fingerprint as string);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('KHỚP');
  });
});
