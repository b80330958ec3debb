import { describe, expect, it } from 'vitest';
import { overLimitFigures, overLimitMessage, paperOverLimit } from '../../../shared/rules/paper-limits';
import { paperBound, stackBeyondBound, teamFigureBeyondBound } from '../../../shared/validation/paper-bounds';
import type { ElectionResult, ElectionView } from '../../../src-renderer/api/types';
import { overLimitAtEnter } from '../../../src-renderer/screens/ballot-entry/paper-check';

/** Issue 18, item 3 (RULES R4.3; R4.6 is shared/validation/paper-bounds.ts): the limit a paper would break, where it is typed. */
describe('the papers a paper is checked against', () => {
  const figures = { adding: 1, counted: 4, returned: 5, team: null };

  it('fits up to the papers returned, and not one more', () => {
    expect(paperOverLimit(figures)).toBeNull();
    expect(paperOverLimit({ ...figures, counted: 5 })).toEqual({ kind: 'returned', counted: 5, limit: 5, adding: 1 });
    expect(paperOverLimit({ ...figures, adding: 2 })).toEqual({ kind: 'returned', counted: 4, limit: 5, adding: 2 });
  });

  it('a team with a declared share is held to it; the election is checked first', () => {
    const team = { name: 'Tổ 2', counted: 3, received: 3 };
    expect(paperOverLimit({ ...figures, counted: 0, team })).toEqual({ kind: 'team', team: 'Tổ 2', counted: 3, limit: 3, adding: 1 });
    expect(paperOverLimit({ ...figures, counted: 5, team })?.kind).toBe('returned');
  });

  it('with no returned figure, any number of papers fits; only a stack larger than the people summoned is refused (R4.6)', () => {
    expect(paperOverLimit({ ...figures, returned: null, counted: 400, adding: 45 })).toBeNull();
    expect(stackBeyondBound(45, paperBound(null, 45))).toBeNull();
    expect(stackBeyondBound(46, paperBound(null, 45))).toBe('một chồng 46 tờ phiếu giống nhau, nhiều hơn số được triệu tập (45), vì chưa khai số phiếu thu vào: không thể có');
  });

  it('says the figures and the two ways out in Vietnamese', () => {
    const over = { kind: 'returned' as const, counted: 5, limit: 5, adding: 3 };
    expect(overLimitFigures(over)).toBe('Đã nhập 5 / 5 phiếu thu vào');
    expect(overLimitMessage(over)).toBe('Đã nhập 5 / 5 phiếu thu vào: chồng 3 phiếu này sẽ thành 8 phiếu, nhiều hơn số phiếu thu vào, nên chưa lưu. Nếu có phiếu bị nhập hai lần, tìm và hủy phiếu đó; nếu số phiếu thu vào ghi sai, chủ tịch đoàn sửa lại số này.');
    expect(overLimitFigures({ kind: 'team', team: 'Tổ 2', counted: 3, limit: 3, adding: 1 })).toBe('Tổ 2: đã nhập 3 / 3 phiếu được giao');
  });

  it('a team total is refused above the papers returned, or above the people summoned when they are not declared', () => {
    expect(teamFigureBeyondBound(5, paperBound(5, 45))).toBeNull();
    expect(teamFigureBeyondBound(6, paperBound(5, 45))).toBe('6 phiếu, nhiều hơn số phiếu thu vào (5): không thể có');
    expect(teamFigureBeyondBound(46, paperBound(null, 45))).toBe('46 phiếu, nhiều hơn số được triệu tập (45), vì chưa khai số phiếu thu vào: không thể có');
  });
});

describe('the check at Enter on the entry screen', () => {
  const election = { ballotsReturned: 40 } as ElectionView;
  const result = (counted: number, teams: { team: string; returned: number; received: number | null }[] = []) => ({ ballots: { counted }, teams }) as unknown as ElectionResult;

  it('counts the papers still on their way: a burst of Enter keys cannot pass the papers returned', () => {
    const onTheWay = [{ team: 'Tổ 1', count: 1 }, { team: 'Tổ 1', count: 1 }];
    expect(overLimitAtEnter({ election, result: result(37), onTheWay, summoned: 60, team: 'Tổ 1', adding: 1 })).toBeNull();
    expect(overLimitAtEnter({ election, result: result(38), onTheWay, summoned: 60, team: 'Tổ 1', adding: 1 })).toEqual({ kind: 'returned', counted: 40, limit: 40, adding: 1 });
  });

  it('holds the station’s team to its share, with its papers on their way', () => {
    const teams = [{ team: 'Tổ 1', returned: 9, received: 10 }];
    expect(overLimitAtEnter({ election, result: result(9, teams), onTheWay: [], summoned: 60, team: 'Tổ 1', adding: 1 })).toBeNull();
    expect(overLimitAtEnter({ election, result: result(9, teams), onTheWay: [{ team: 'Tổ 1', count: 1 }], summoned: 60, team: 'Tổ 1', adding: 1 })).toEqual({ kind: 'team', team: 'Tổ 1', counted: 10, limit: 10, adding: 1 });
  });

  it('says nothing before the live result is known (the api still checks)', () => {
    expect(overLimitAtEnter({ election, result: null, onTheWay: [], summoned: 60, team: null, adding: 500 })).toBeNull();
  });
});
