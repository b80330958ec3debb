import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import { readAndTallyCongressFile } from '../../shared/congress-file/tally';
import { writeCongressFile } from '../../shared/congress-file/write';
import { CHAIR_PIN, failure, openTestApp, setUpElection, tempDir, unwrap } from '../helpers/api';
import { runCli } from '../helpers/cli';
import { tieCongress } from '../helpers/tie-congress';

/**
 * Issue 20, finding 6: round chains were not checked. Six malformed files were accepted and
 * tallied. RULES R0 "Round chains": a round r ≥ 2 continues exactly one election of the same
 * office whose round is r − 1; round 1 continues nothing; no cycles; a round continues only a
 * round whose outcome is tie or short; at most one live round continues a given round. Each file
 * is refused, naming the JSON path, by the reader (the app's import, the CLI), nothing written.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The congress of issue 11 (round 1 `bch` ends in a tie, `bch-2` breaks it), changed by `edit`. */
function congress(edit: (elections: Json[]) => void = () => undefined): Json {
  const file = tieCongress({ tieBreakLocked: false }) as Json;
  edit(file.elections as Json[]);
  return file;
}

/** A second office of the same congress: a Ban Thường vụ of 3, elected outright. */
function standingCommittee(): Json {
  const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'];
  return { id: 'btv', office: 'ban_thuong_vu', title: 'Bầu Ban Thường vụ', seats: 3, candidates: names.map((name, i) => ({ id: `t${i + 1}`, name })), ballots: [{ struck: ['t4'], count: 90 }] };
}

const MALFORMED: { finding: string; edit: (elections: Json[]) => void; path: string; says: RegExp }[] = [
  {
    finding: 'a round 2 with no `continues` (it became a second office in `final`)',
    edit: (e) => delete e[1]!.continues,
    path: 'elections[1].continues',
    says: /vòng 2 phải tiếp nối/,
  },
  {
    finding: 'two rounds continuing each other (both vanished from `final`)',
    edit: (e) => Object.assign(e[0]!, { round: 2, continues: 'bch-2' }),
    path: 'elections[0].continues',
    says: /vòng tròn/,
  },
  {
    finding: 'a round continuing an election of another office',
    edit: (e) => {
      e.push(standingCommittee());
      e[1]!.continues = 'btv';
    },
    path: 'elections[1].continues',
    says: /chức danh khác/,
  },
  {
    finding: 'a round 1 that continues something',
    edit: (e) => delete e[1]!.round,
    path: 'elections[1].continues',
    says: /vòng 1 không tiếp nối/,
  },
  {
    finding: 'a round continuing a round that already filled every seat (`final` listed a person twice)',
    edit: (e) => {
      // c15 struck on ten more ballots of round 1: c14 alone takes the 14th seat, no tie.
      let struck = 0;
      for (const ballot of e[0]!.ballots as Json[]) if (struck < 10 && (ballot.kept as string[]).includes('c15')) (ballot.kept = (ballot.kept as string[]).filter((id) => id !== 'c15')), struck++;
    },
    path: 'elections[1].continues',
    says: /đã bầu đủ/,
  },
  {
    finding: 'two live rounds continuing the same round (one was silently dropped)',
    edit: (e) => e.push({ ...structuredClone(e[1]!), id: 'bch-3' }),
    path: 'elections[2].continues',
    says: /đã có vòng bầu "bch-2" tiếp nối/,
  },
];

describe('round chains as RULES R0 says them', () => {
  it('reads the well-formed congress: round 1 ends in a tie, its tie-break continues it', () => {
    expect(readCongressFile(congress()).ok).toBe(true);
  });

  for (const { finding, edit, path, says } of MALFORMED) {
    it(`refuses ${finding}, naming ${path}, in the reader, the streamed count, the app's import and the command line`, () => {
      const file = congress(edit);
      const read = readCongressFile(file);
      expect(read.ok).toBe(false);
      const details = failure(read).details ?? [];
      expect(details).toContainEqual({ path, message: expect.stringMatching(says) });

      const text = JSON.stringify(file);
      expect(failure(readAndTallyCongressFile(new TextEncoder().encode(text))).details).toContainEqual({ path, message: expect.stringMatching(says) });

      const app = openTestApp();
      expect(failure(app.api.importCongressFile({ content: text })).details).toContainEqual({ path, message: expect.stringMatching(says) });
      expect(app.store.listCongresses()).toEqual([]);

      const onDisk = join(tempDir(), 'dai-hoi.json');
      writeFileSync(onDisk, text);
      const tally = runCli('tally', onDisk, '--json');
      expect(tally.status).toBe(1);
      expect(tally.stdout).toBe('');
      expect(tally.stderr).toContain(path);
    });
  }

  it('a voided round and every round continuing it count for nothing; then a new live round may continue the same round', () => {
    const file = congress((e) => {
      e[1]!.voided = true;
      e.push({ ...structuredClone(e[1]!), id: 'bch-3', round: 3, continues: 'bch-2', voided: false });
      e.push({ ...structuredClone(e[1]!), id: 'bch-2b', voided: false });
    });
    const read = readAndTallyCongressFile(new TextEncoder().encode(JSON.stringify(file)));
    expect(read.ok).toBe(true);
  });

  it('reads `voided` as INTERCHANGE says (a boolean, false by default) and as the program wrote it (an object), and writes back what it read', () => {
    for (const voided of [true, false, { at: '2025-06-20T11:30:00+07:00', reason: 'Sửa phiếu số 12 của vòng 1 làm thay đổi kết quả vòng 1' }]) {
      const file = unwrap(readCongressFile(congress((e) => (e[1]!.voided = voided))));
      const again = JSON.parse(writeCongressFile(file)) as Json;
      expect(again.elections[1].voided ?? false).toEqual(voided);
      expect(Boolean(file.elections[1]?.voided)).toBe(voided !== false);
    }
    expect(failure(readCongressFile(congress((e) => (e[1]!.voided = 'có'))))).toMatchObject({ path: 'elections[1].voided' });
  });
});

describe('the app creates a further or tie-break round only where the rule allows', () => {
  it('refuses changing the office of a round that continues another', () => {
    const app = openTestApp();
    const { electionId } = setUpElection(app, { seats: 1, names: ['Trần Văn Bảy', 'Lê Thị Cúc'], ballotsReturned: 2, office: 'bi_thu' });
    unwrap(app.api.enterBallot({ electionId, struck: ['c01'] }));
    unwrap(app.api.enterBallot({ electionId, struck: ['c02'] }));
    const next = unwrap(app.api.createNextRound({ electionId, pin: CHAIR_PIN }));
    expect(failure(app.api.updateElection({ electionId: next.electionId, office: 'pho_bi_thu' }))).toMatchObject({ code: 'INVALID_INPUT', path: 'office' });
    expect(failure(app.api.createNextRound({ electionId, pin: CHAIR_PIN }))).toMatchObject({ code: 'ROUND_FINISHED' });
  });
});
