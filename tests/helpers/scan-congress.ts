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
