/**
 * The congress file of the independent set (INTERCHANGE.md, written by hand from the contract), and
 * the printed ballots of each of its elections (`export --ballots`).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './cli';
import { readLayout, type BallotLayout } from './layout';
import { NAMES_1, NAMES_17, NAMES_5, NAMES_55 } from './names';

export type ElectionKey = 'dbieu' | 'bch' | 'ubkt' | 'bithu';

export interface ElectionSpec {
  id: ElectionKey;
  label: string;
  names: readonly string[];
  seats: number;
  format: 'A' | 'B';
  /** the sheet layouts the printed list fits (a 55-name list prints one to a sheet only) */
  perSheet: readonly (1 | 2 | 4)[];
}

export const ELECTIONS: Record<ElectionKey, ElectionSpec> = {
  dbieu: { id: 'dbieu', label: 'mẫu A, 55 tên bầu 50', names: NAMES_55, seats: 50, format: 'A', perSheet: [1] },
  bch: { id: 'bch', label: 'mẫu A, 17 tên bầu 15', names: NAMES_17, seats: 15, format: 'A', perSheet: [1, 2, 4] },
  ubkt: { id: 'ubkt', label: 'mẫu B, 5 tên bầu 5', names: NAMES_5, seats: 5, format: 'B', perSheet: [1, 2, 4] },
  bithu: { id: 'bithu', label: 'mẫu B, bí thư (1 tên)', names: NAMES_1, seats: 1, format: 'B', perSheet: [1, 2, 4] },
};

export const candidateId = (index: number): string => `c${String(index + 1).padStart(2, '0')}`;

export function congressFile(): object {
  const election = (spec: ElectionSpec, office: string, title: string): object => ({
    id: spec.id,
    office,
    title,
    seats: spec.seats,
    candidates: spec.names.map((name, i) => ({ id: candidateId(i), name })),
    ballots: [],
  });
  return {
    format: 'kiem-phieu.congress',
    version: 1,
    congress: {
      name: 'Đại hội đại biểu Đảng bộ xã Hòa Phong lần thứ I',
      organization: 'Đảng bộ xã Hòa Phong',
      term: '2025-2030',
      place: 'Hòa Phong',
      date: '2025-06-20',
      kind: 'delegates',
      summoned: 150,
      exclusions: [{ reason: 'Đại biểu vắng mặt suốt thời gian đại hội', count: 2 }],
    },
    elections: [
      election(ELECTIONS.dbieu, 'dai_bieu', 'Bầu đại biểu đi dự Đại hội Đảng bộ tỉnh'),
      election(ELECTIONS.bch, 'cap_uy', 'Bầu Ban Chấp hành Đảng bộ xã khóa I'),
      election(ELECTIONS.ubkt, 'ubkt', 'Bầu Ủy ban Kiểm tra Đảng ủy xã'),
      election(ELECTIONS.bithu, 'bi_thu', 'Bầu Bí thư Đảng ủy xã'),
    ],
  };
}

export function writeCongress(path: string): void {
  writeFileSync(path, `${JSON.stringify(congressFile(), null, 2)}\n`);
}

export interface PrintedBallots {
  pdf: string;
  layout: BallotLayout;
}

/** Prints an election's ballot papers through the command line, as a committee would. */
export async function printBallots(file: string, dir: string, election: ElectionKey, perSheet: 1 | 2 | 4): Promise<PrintedBallots> {
  const pdf = join(dir, `phieu-${election}-${perSheet}.pdf`);
  const result = await runCli(['export', file, '--ballots', pdf, '--election', election, '--per-sheet', String(perSheet)]);
  if (result.code !== 0) throw new Error(`export --ballots ${election} ${perSheet}: exit ${result.code}: ${result.stderr}`);
  return { pdf, layout: readLayout(pdf.replace(/\.pdf$/, '.layout.json')) };
}
