import { describe, expect, it } from 'vitest';
import { currentPrintingNumber, recordPrintingInFile, reprintInFile } from '../../../shared/congress-file/printings';
import { readCongressFile } from '../../../shared/congress-file/read';
import type { CongressFile } from '../../../shared/congress-file/schema';
import { readAndTallyCongressFile, tallyCongressFile } from '../../../shared/congress-file/tally';
import { writeCongressFile } from '../../../shared/congress-file/write';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Issue 18's delegates: 3 names for 2 seats, name 2 withdrawn after printing (onPaper), strike-out papers. */
function file(extra: { onPaper?: boolean; ballots?: Json[]; printings?: Json[] } = {}): Json {
  return {
    format: 'kiem-phieu.congress',
    version: 1,
    congress: { name: 'Đại hội đại biểu Đảng bộ xã Hòa Tiến lần thứ V', kind: 'delegates', summoned: 45 },
    elections: [
      {
        id: 'db',
        office: 'dai_bieu',
        seats: 2,
        candidates: [
          { id: 'c01', name: 'Trần Văn Bảy' },
          { id: 'c02', name: 'Lê Thị Cúc', withdrawn: true, ...(extra.onPaper === false ? {} : { onPaper: true }), withdrawnAt: '2025-06-20T09:15:00+07:00' },
          { id: 'c03', name: 'Nguyễn Hữu Duy' },
        ],
        ballots: extra.ballots ?? [],
        ...(extra.printings ? { printings: extra.printings } : {}),
      },
    ],
  };
}

function read(json: Json): CongressFile {
  const result = readCongressFile(JSON.stringify(json));
  if (!result.ok) throw new Error(`${result.error.message} ${JSON.stringify(result.error.details)}`);
  return result.value;
}

function rejection(json: Json): string[] {
  const result = readCongressFile(JSON.stringify(json));
  if (result.ok) throw new Error('expected the file to be rejected');
  return (result.error.details ?? []).map((d) => `${d.path}: ${d.message}`);
}

describe('a reader of a congress file and a name withdrawn after printing (INTERCHANGE "Additions": onPaper)', () => {
  it('counts marks on an on-paper withdrawn name as nothing, whole or read ballot by ballot', () => {
    const json = file({ ballots: [{ struck: ['c02', 'c03'] }, { kept: ['c01', 'c02'] }, { struck: ['c01', 'c03'] }] });
    const [whole] = tallyCongressFile(read(json));
    const streamed = readAndTallyCongressFile(new TextEncoder().encode(JSON.stringify(json)));
    if (!streamed.ok) throw new Error(streamed.error.message);
    for (const tally of [whole, streamed.value.tallies[0]]) {
      expect(tally?.format).toBe('A');
      expect(tally?.ballots).toMatchObject({ valid: 2, invalid: 1, invalidByReason: { NONE_KEPT: 1 } });
      expect(tally?.candidates.map((c) => [c.id, c.votes])).toEqual([
        ['c01', 2],
        ['c03', 0],
      ]);
    }
  });

  it('refuses a mark on a name not on the paper (withdrawn before printing), naming the JSON path', () => {
    expect(rejection(file({ onPaper: false, ballots: [{ struck: ['c01'] }, { kept: ['c02'] }] }))).toEqual(['elections[0].ballots[1].kept[0]: ứng cử viên "c02" đã rút, không có trên phiếu bầu']);
  });

  it('refuses a printing before the last one that does not say when it was replaced', () => {
    expect(rejection(file({ printings: [{ at: '2025-06-20T08:00:00+07:00' }, { at: '2025-06-20T09:30:00+07:00' }] }))).toEqual(['elections[0].printings[0].replacedAt: lần in 1 đã có lần in sau: phải ghi lúc được thay (replacedAt)']);
    expect(rejection(file({ printings: [{ at: 'sáng nay' }] }))[0]).toContain('elections[0].printings[0].at: phải là ngày giờ dạng');
  });

  it('writes onPaper (only for a withdrawn name), withdrawnAt and printings, and reads back the same', () => {
    const json = file({ printings: [{ at: '2025-06-20T08:00:00+07:00', operator: 'Thư ký' }], ballots: [{ struck: ['c02', 'c03'] }] });
    const once = writeCongressFile(read(json));
    const written = JSON.parse(once) as Json;
    expect(written.elections[0].candidates[1]).toEqual({ id: 'c02', name: 'Lê Thị Cúc', withdrawn: true, onPaper: true, withdrawnAt: '2025-06-20T09:15:00+07:00' });
    expect(written.elections[0].printings).toEqual([{ at: '2025-06-20T08:00:00+07:00', operator: 'Thư ký' }]);
    expect(writeCongressFile(read(written))).toBe(once);
    // onPaper says nothing of a name standing: not written.
    const standing = file();
    standing.elections[0].candidates[0].onPaper = true;
    expect(JSON.parse(writeCongressFile(read(standing))).elections[0].candidates[0]).toEqual({ id: 'c01', name: 'Trần Văn Bảy' });
  });
});

describe('the printings of a file (RULES R1)', () => {
  it('the first print of an open election with nothing counted is recorded; a second is not; nor a list failing R7', () => {
    const first = recordPrintingInFile(read(file({ onPaper: false })), 'db', '2025-06-20T08:00:00+07:00', 'Thư ký');
    expect(first?.printing).toBe(1);
    expect(currentPrintingNumber(first!.file.elections[0]!)).toBe(1);
    expect(recordPrintingInFile(first!.file, 'db', '2025-06-20T08:05:00+07:00')).toBeNull();
    expect(recordPrintingInFile(read(file({ onPaper: false, ballots: [{ struck: ['c03'] }] })), 'db', '2025-06-20T08:00:00+07:00')).toBeNull();
    const capUy = file({ onPaper: false });
    capUy.elections[0].office = 'cap_uy';
    // Cấp ủy with 2 names standing for 2 seats: no surplus (R7), the papers are a trial only.
    expect(recordPrintingInFile(read(capUy), 'db', '2025-06-20T08:00:00+07:00')).toBeNull();
  });

  it('a reprint replaces the printing, takes the withdrawn names off the paper, and is refused once a paper is counted', () => {
    const printed = read(file({ printings: [{ at: '2025-06-20T08:00:00+07:00' }] }));
    const reprinted = reprintInFile(printed, 'db', '2025-06-20T10:00:00+07:00');
    if (!reprinted.ok) throw new Error(reprinted.error.message);
    expect(reprinted.value.replaced).toBe(1);
    const election = reprinted.value.file.elections[0]!;
    expect(currentPrintingNumber(election)).toBeNull();
    expect(election.candidates[1]).not.toHaveProperty('onPaper');
    expect(tallyCongressFile(reprinted.value.file)[0]?.format).toBe('B');
    expect(recordPrintingInFile(reprinted.value.file, 'db', '2025-06-20T10:01:00+07:00')?.printing).toBe(2);
    const inUse = reprintInFile(read(file({ printings: [{ at: '2025-06-20T08:00:00+07:00' }], ballots: [{ struck: ['c03'] }] })), 'db', '2025-06-20T10:00:00+07:00');
    expect(inUse.ok ? null : inUse.error.code).toBe('HAS_BALLOTS');
    const never = reprintInFile(read(file()), 'db', '2025-06-20T10:00:00+07:00');
    expect(never.ok ? null : never.error.message).toContain('chưa in');
  });
});
