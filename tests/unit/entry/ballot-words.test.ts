import { describe, expect, it } from 'vitest';
import { ballotWords } from '../../../shared/entry/ballot-words';

const names = [
  { key: 'c01', number: 1, name: 'Trần Văn Bảy' },
  { key: 'c02', number: null, name: 'Lê Thị Cúc' },
  { key: 'c03', number: 2, name: 'Nguyễn Hữu Duy' },
  { key: 'c04', number: 3, name: 'Phạm Minh Đức' },
];

describe('a ballot in words, for "Phiếu vừa nhập"', () => {
  it('format A: the names struck or kept, by their number on the ballot', () => {
    expect(ballotWords({ struck: ['c03', 'c01'] }, names)).toBe('gạch 2. Nguyễn Hữu Duy, 1. Trần Văn Bảy');
    expect(ballotWords({ struck: [] }, names)).toBe('không gạch ai');
    expect(ballotWords({ struck: ['c01', 'c03', 'c04'] }, names)).toBe('gạch hết');
    expect(ballotWords({ kept: ['c04'] }, names)).toBe('giữ 3. Phạm Minh Đức');
  });

  it('format B: who got which mark, a name without one left blank', () => {
    expect(ballotWords({ marks: { c01: 'agree', c03: 'both' } }, names)).toBe('đồng ý: Trần Văn Bảy; cả hai ô: Nguyễn Hữu Duy; bỏ trống: Phạm Minh Đức');
  });

  it('a ruling alone says nothing more than its verdict', () => {
    expect(ballotWords({}, names)).toBe('');
  });
});
