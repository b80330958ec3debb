import { describe, expect, it } from 'vitest';
import { parseCandidateLines } from '../../../src-renderer/setup/parse-candidate-lines';

describe('names typed or pasted into the candidate list', () => {
  it('reads one name per line, dropping the STT and cleaning spaces', () => {
    expect(parseCandidateLines('Nguyễn Văn An\n\n2. Lê  Thị Cúc \n3) Trần Văn Bảy').map((l) => l.candidate?.name)).toEqual(['Nguyễn Văn An', 'Lê Thị Cúc', 'Trần Văn Bảy']);
  });

  it('reads rows pasted from a spreadsheet: STT, name, year, gender, position', () => {
    expect(parseCandidateLines('1\tNguyễn Văn An\t1970\tNam\tBí thư chi bộ 1\n2\tLê Thị Cúc\t1975\tNữ\t')).toEqual([
      { line: 1, candidate: { name: 'Nguyễn Văn An', birthYear: 1970, gender: 'nam', position: 'Bí thư chi bộ 1' } },
      { line: 2, candidate: { name: 'Lê Thị Cúc', birthYear: 1975, gender: 'nữ' } },
    ]);
  });

  it('reads comma-separated details and NFD text as NFC', () => {
    expect(parseCandidateLines('Phạm Minh Đức, 1971, nam'.normalize('NFD'))[0]?.candidate).toEqual({ name: 'Phạm Minh Đức', birthYear: 1971, gender: 'nam' });
  });

  it('names a line without a name', () => {
    expect(parseCandidateLines('Nguyễn Văn An\n12\t1970')).toEqual([{ line: 1, candidate: { name: 'Nguyễn Văn An' } }, { line: 2, candidate: null, error: 'Dòng 2: không thấy họ tên' }]);
  });
});
