import fc from 'fast-check';
import { finalResultsOfFile } from '../../shared/congress-file/final';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../shared/congress-file/read';
import type { BallotEntry, CongressFile, ElectionInFile } from '../../shared/congress-file/schema';
import { tallyCongressFile } from '../../shared/congress-file/tally';
import { INVALID_REASONS, OFFICES, OPERATOR_RULINGS, type Mark } from '../../shared/domain';
import { ballotFormat } from '../../shared/rules/ballot-format';
import { markFor } from '../../shared/rules/validity';
import { tallyReport } from '../../shared/tally-report';
import { ballotRecordFromEntry } from '../../shared/validation/ballot-entry';
import { readOwnWorkbookFile } from '../../src-main/excel/import-workbook';
import { writeCongressWorkbook } from '../../src-main/excel/own-workbook/write-workbook';

const WORDS = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Văn', 'Thị', 'Hữu', 'An', 'Bình', 'Cường', 'Đức', 'Giang', 'Hùng', 'Ỷ', 'Tô', 'Hà', 'Khuê', 'Trung', 'Quỳnh', 'Ngọc'];
const text = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));
/** Notes as people write them, with characters a legacy-encoding detector might take for TCVN3. */
const note = fc.oneof(text(1, 4), fc.constantFrom('ghi thêm tên', 'có chữ ký', 'phiếu rách ½', 'x × 2', 'Lª'));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const date = fc.constantFrom('2025-04-14', '2025-06-20', '2024-12-31');

function subset(ids: readonly string[]): fc.Arbitrary<string[]> {
  return fc.subarray([...ids]);
}

function ballot(listIds: readonly string[], format: 'A' | 'B', index: number): fc.Arbitrary<Record<string, unknown>> {
  const content: fc.Arbitrary<Record<string, unknown>> =
    format === 'A'
      ? fc.oneof(subset(listIds).map((ids) => ({ struck: ids })), subset(listIds).map((ids) => ({ kept: ids })))
      : fc.array(fc.constantFrom<Mark>('agree', 'disagree', 'both', 'none'), { minLength: listIds.length, maxLength: listIds.length }).map((marks) => ({
          marks: Object.fromEntries(listIds.map((id, i) => [id, marks[i]]).filter(([, m]) => m !== 'none')),
        }));
  const ruling = fc.option(fc.constantFrom(...OPERATOR_RULINGS), { nil: undefined });
  return fc.record({ content: fc.option(content, { nil: null }), ruling, note: optional(note), count: fc.integer({ min: 1, max: 3 }), team: optional(fc.constantFrom('T1', 'T2')), withId: fc.boolean(), operator: optional(text(1, 2)) }).map((b) => {
    const ruling = b.content === null ? (b.ruling ?? 'NOT_ISSUED') : b.ruling;
    return {
      ...(b.withId ? { id: `p${index + 1}` } : {}),
      ...(b.team ? { team: b.team } : {}),
      ...(b.content ?? {}),
      ...(b.count > 1 ? { count: b.count } : {}),
      ...(ruling ? { invalid: ruling } : {}),
      ...(ruling === 'COMMITTEE_RULED' ? { note: b.note ?? 'Ban kiểm phiếu kết luận' } : b.note ? { note: b.note } : {}),
      ...(b.operator ? { operator: b.operator, at: '2025-06-20T08:00:00.000Z' } : {}),
    };
  });
}

const election = (index: number) =>
  fc
    .record({
      office: fc.constantFrom(...OFFICES),
      title: optional(text(2, 6)),
      seats: fc.integer({ min: 1, max: 4 }),
      names: fc.array(text(2, 4), { minLength: 1, maxLength: 7 }),
      withdrawn: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
      // A withdrawn name still on the printed papers (RULES R1): its column and its marks go through the workbook too.
      onPaper: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
      details: fc.array(fc.record({ birthYear: optional(fc.integer({ min: 1950, max: 2000 })), birthDate: optional(date), gender: optional(fc.constantFrom('nam', 'nữ')), position: optional(text(2, 5)), note: optional(note), nomination: optional(fc.constantFrom('committee', 'floor', 'self')) }), { minLength: 7, maxLength: 7 }),
      requireMajority: fc.boolean(),
      base: optional(fc.integer({ min: 1, max: 60 })),
      issued: optional(fc.integer({ min: 0, max: 60 })),
      // RULES R4 item 6: no stack (up to 3 here) and no team figure above the ballots returned, or the 10 or more summoned.
      returned: optional(fc.integer({ min: 3, max: 60 })),
      allBothOrNoneInvalid: fc.boolean(),
      status: fc.constantFrom('open', 'locked', 'paused'),
      ballotSeed: fc.integer({ min: 0, max: 2 ** 30 }),
      teams: fc.array(fc.record({ returned: fc.integer({ min: 0, max: 30 }), invalid: fc.integer({ min: 0, max: 3 }), reason: fc.constantFrom(...INVALID_REASONS) }), { maxLength: 2 }),
    })
    .chain((e) => {
      const candidates = e.names.map((name, i) => {
        const withdrawn = i > 0 && (e.withdrawn[i] ?? false);
        return { id: `c${i + 1}`, name, withdrawn, ...(withdrawn && e.onPaper[i] ? { onPaper: true } : {}), ...e.details[i] };
      });
      const listIds = candidates.filter((c) => !c.withdrawn || c.onPaper === true).map((c) => c.id);
      const standing = candidates.filter((c) => !c.withdrawn).map((c) => c.id);
      const format = ballotFormat(listIds.length, e.seats);
      return fc.tuple(...Array.from({ length: (e.ballotSeed % 9) + 0 }, (_, i) => ballot(listIds, format, index * 100 + i))).map((ballots) => ({
        id: `e${index + 1}`,
        office: e.office,
        ...(e.title ? { title: e.title } : {}),
        seats: e.seats,
        requireMajority: e.requireMajority,
        base: e.base ?? null,
        ballotsIssued: e.issued ?? null,
        ballotsReturned: e.returned ?? null,
        allBothOrNoneInvalid: e.allBothOrNoneInvalid,
        status: e.status,
        candidates,
        ballots,
        // Totals a team could have counted: at most the valid ballots per name, votes for at most `seats` names.
        teamTotals: e.teams.map((t, i) => {
          const returned = Math.min(t.returned, e.returned ?? 10);
          const invalid = Math.min(t.invalid, returned);
          const valid = returned - invalid;
          return { team: `Tổ tay ${i + 1}`, returned, valid, invalid: invalid > 0 ? { [t.reason]: invalid } : {}, votes: Object.fromEntries(standing.slice(0, e.seats).map((id, k) => [id, (k * 7 + valid) % (valid + 1)]).filter(([, v]) => (v as number) > 0)) };
        }),
      }));
    });

const congressFile = fc
  .record({
    name: text(3, 8),
    organization: optional(text(2, 5)),
    term: optional(fc.constantFrom('2025-2030', '2020-2025')),
    place: optional(text(1, 3)),
    date: optional(date),
    kind: fc.constantFrom('delegates', 'members'),
    summoned: fc.integer({ min: 10, max: 200 }),
    exclusions: fc.array(fc.record({ reason: text(2, 6), count: fc.integer({ min: 0, max: 3 }) }), { maxLength: 2 }),
    present: optional(fc.integer({ min: 0, max: 200 })),
    committee: fc.array(fc.record({ name: text(2, 4), role: optional(fc.constantFrom('Trưởng ban', 'Thành viên')) }), { maxLength: 3 }),
    elections: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => election(i)))),
  })
  .map((c) => ({
    format: 'kiem-phieu.congress',
    version: 1,
    congress: {
      name: c.name,
      ...(c.organization ? { organization: c.organization } : {}),
      ...(c.term ? { term: c.term } : {}),
      ...(c.place ? { place: c.place } : {}),
      ...(c.date ? { date: c.date } : {}),
      kind: c.kind,
      summoned: c.summoned,
      exclusions: c.exclusions,
      present: c.present ?? null,
      ...(c.committee.length > 0 ? { countingCommittee: c.committee.map((m) => ({ name: m.name, ...(m.role ? { role: m.role } : {}) })) } : {}),
    },
    elections: c.elections,
  }));

/** A ballot as the rules read it, one paper at a time: format A as the set of names struck,
 *  format B as the mark on each name, a paper not read as nothing. */
function papers(election: ElectionInFile) {
  const listIds = election.candidates.filter((c) => !c.withdrawn || c.onPaper === true).map((c) => c.id);
  const format = ballotFormat(listIds.length, election.seats);
  return election.ballots.flatMap((entry: BallotEntry) => {
    const record = ballotRecordFromEntry(entry);
    const { choice } = record;
    const content =
      choice.kind === 'none' ? null : format === 'A' ? listIds.filter((id) => (choice.kind === 'struck' ? choice.ids.includes(id) : !(choice as { ids: readonly string[] }).ids.includes(id))) : listIds.map((id) => markFor(choice, id));
    const paper = { team: entry.team ?? null, content, ruling: record.ruling, note: entry.note ?? null, operator: entry.operator ?? null, at: entry.at ?? null };
    return Array.from({ length: entry.count }, (_, copy) => ({ ...paper, id: copy === 0 ? (entry.id ?? null) : entry.id === undefined ? null : `${entry.id}#` }));
  });
}

function withoutBallots(file: CongressFile) {
  return { ...file, elections: file.elections.map(({ ballots: _b, ...rest }) => rest) };
}

describe('export then import gives back the same congress (property)', () => {
  it('same congress, elections, candidates and team totals; the same papers, stacks written one row each; the same tally', async () => {
    await fc.assert(
      fc.asyncProperty(congressFile, async (json) => {
        const read = readCongressFile(json);
        if (!read.ok) throw new Error(`generator made an invalid file: ${read.error.message}`);
        const original = read.value;
        const back = await readOwnWorkbookFile(await writeCongressWorkbook(original));
        if (!back.ok) throw new Error(`${back.error.message}\n${JSON.stringify(back.error.details)}`);
        expect(withoutBallots(back.value)).toEqual(withoutBallots(original));
        original.elections.forEach((election, i) => {
          const again = papers(back.value.elections[i] as ElectionInFile).map((p) => ({ ...p, id: p.id?.includes('#') ? `${p.id.split('#')[0]}#` : p.id }));
          expect(again).toEqual(papers(election));
        });
        const report = (file: typeof original) => tallyReport(tallyCongressFile(file), finalResultsOfFile(file, tallyCongressFile(file)));
        expect(report(back.value)).toEqual(report(original));
      }),
      { numRuns: 30 },
    );
  });
});
