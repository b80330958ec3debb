import type { CongressFile } from '../../shared/congress-file/schema';
import { readCongressFile } from '../../shared/congress-file/read';
import type { BallotLayout } from '../../shared/scan/layout';
import { electionLayouts, type ElectionScanSetup } from '../../src-main/scan/election-layouts';
import { sampleText } from './samples';

/**
 * The sample congress with a format-B election of five names added (bch: format A, 11 names for 9
 * seats; bt: format B with one name; btv: format B, five names for five seats).
 */
export function scanCongress(change?: (file: Record<string, any>) => void): CongressFile { // eslint-disable-line @typescript-eslint/no-explicit-any
  const json = JSON.parse(sampleText('dai-hoi-mau.json'));
  json.elections.push({
    id: 'btv',
    office: 'ban_thuong_vu',
    title: 'Bầu Ban Thường vụ Đảng ủy phường khóa III',
    seats: 5,
    candidates: ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Phạm Minh Đức', 'Hoàng Thị Giao'].map((name, i) => ({ id: `v${i + 1}`, name })),
  });
  change?.(json);
  const read = readCongressFile(JSON.stringify(json));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

export function scanSetup(electionId: string, file: CongressFile = scanCongress()): ElectionScanSetup {
  const setup = electionLayouts(file, electionId);
  if (!setup.ok) throw new Error(setup.error.message);
  return setup.value;
}

export function layoutOf(setup: ElectionScanSetup, perSheet: 1 | 2 | 4): BallotLayout {
  const layout = setup.layouts.find((l) => l.perSheet === perSheet);
  if (!layout) throw new Error(`no layout for ${perSheet} per sheet`);
  return layout;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Tôn Nữ', 'Đinh'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Quang', 'Thị Phương', 'Đức', 'Ngọc', 'Thị Thanh', 'Xuân', 'Công', 'Thị Kim'];
const GIVEN = ['An', 'Bảy', 'Cúc', 'Duy', 'Đức', 'Giao', 'Hạnh', 'Hoa', 'Khải', 'Loan', 'Nhân', 'Oanh', 'Thảo', 'Trường', 'Nghĩa', 'Phượng', 'Quyết', 'Hưng', 'Tuấn'];

/** A list of `count` Vietnamese names as a congress prints them (family name first; some long, none twice; "Hồ Thị An" among them). */
export function longList(count: number): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    const name = i === 3 ? 'Hồ Thị An' : `${FAMILY[(i * 5) % FAMILY.length]} ${MIDDLE[(i * 7 + Math.floor(i / 3)) % MIDDLE.length]} ${GIVEN[(i * 11 + Math.floor(i / 2)) % GIVEN.length]}`;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * The sample congress with two long lists added (issue 17): "l17", 17 names for 15 seats (format
 * A, as the sheet fits: 2 to a sheet) and "l55", 55 names for 45 seats (format A, 1 to a sheet, two
 * columns of names).
 */
export function longListCongress(): CongressFile {
  return scanCongress((f) => {
    f.elections.push({ id: 'l17', office: 'dai_bieu', title: 'Bầu đại biểu dự Đại hội Đảng bộ quận', seats: 15, candidates: longList(17).map((name, i) => ({ id: `m${i + 1}`, name })) });
    f.elections.push({ id: 'l55', office: 'cap_uy', title: 'Bầu Ban Chấp hành Đảng bộ quận khóa IV', seats: 45, candidates: longList(55).map((name, i) => ({ id: `n${i + 1}`, name })) });
  });
}
