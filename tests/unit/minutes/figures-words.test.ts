import { describe, expect, it } from 'vitest';
import { electedHeading, electedHeadingOfTheMinutes, electedTitle, figureLineText, figuresSentences, nobodyElectedSentence, resultFigures, type FiguresTally } from '../../../shared/minutes/figures';

const SUBJECT = 'Ban Chấp hành Đảng bộ phường khóa III';

function tally(overrides: Partial<FiguresTally> = {}): FiguresTally {
  return {
    seats: 9,
    round: 1,
    base: 43,
    votesNeeded: 22,
    ballots: { issued: 43, returned: 41, valid: 38, invalid: 3, invalidByReason: { NONE_KEPT: 1, OVER_N: 2 } },
    ...overrides,
  };
}

describe('the figures of a count in words (shared/minutes/figures.ts)', () => {
  it('labels each figure in the minutes’ words, in order, with the reasons of invalid ballots under them', () => {
    expect(resultFigures(tally()).map(figureLineText)).toEqual([
      'Số lượng cần bầu: 9',
      'Cơ sở tính kết quả: 43',
      'Số phiếu cần để trúng cử: 22 (quá một nửa)',
      'Số phiếu phát ra: 43',
      'Số phiếu thu vào: 41',
      'Số phiếu hợp lệ: 38',
      'Số phiếu không hợp lệ: 3',
      'Phiếu bầu nhiều hơn số lượng cần bầu: 2',
      'Phiếu gạch hết tên (không bầu ai): 1',
    ]);
    expect(resultFigures(tally()).map((f) => f.level)).toEqual([1, 1, 1, 1, 1, 1, 1, 2, 2]);
  });

  it('a later round says its own seats; ballots issued not given are "chưa nhập"; no reason line without invalid ballots', () => {
    const figures = resultFigures(tally({ round: 2, seats: 1, ballots: { issued: null, returned: 40, valid: 40, invalid: 0, invalidByReason: {} } }));
    expect(figures.map(figureLineText)).toEqual([
      'Số lượng cần bầu ở vòng này: 1',
      'Cơ sở tính kết quả: 43',
      'Số phiếu cần để trúng cử: 22 (quá một nửa)',
      'Số phiếu phát ra: chưa nhập',
      'Số phiếu thu vào: 40',
      'Số phiếu hợp lệ: 40',
      'Số phiếu không hợp lệ: 0',
    ]);
    expect(figures.find((f) => f.key === 'issued')?.value).toBeNull();
  });

  it('no votes needed where the election does not require more than half', () => {
    expect(resultFigures(tally(), { requireMajority: false }).map((f) => f.key)).not.toContain('votesNeeded');
  });

  it('the summary and the command line say the figures in two sentences, labels in lower case inside them', () => {
    expect(figuresSentences(resultFigures(tally()))).toEqual([
      'Số lượng cần bầu: 9; cơ sở tính kết quả: 43; số phiếu cần để trúng cử: 22 (quá một nửa).',
      'Số phiếu phát ra: 43; số phiếu thu vào: 41; số phiếu hợp lệ: 38; số phiếu không hợp lệ: 3.',
    ]);
  });
});

describe('those elected, or nobody, in words', () => {
  it('nobody elected is one sentence, the same on every paper and screen', () => {
    expect(nobodyElectedSentence(SUBJECT)).toBe('Không có đồng chí nào trúng cử Ban Chấp hành Đảng bộ phường khóa III.');
    expect(electedHeading(SUBJECT, 0)).toBe(nobodyElectedSentence(SUBJECT));
    expect(electedHeadingOfTheMinutes(SUBJECT, 0)).toBe('Căn cứ kết quả kiểm phiếu: không có đồng chí nào trúng cử Ban Chấp hành Đảng bộ phường khóa III.');
  });

  it('one elected, or several in vote order', () => {
    expect(electedTitle(SUBJECT, 1)).toBe('Đồng chí sau đây trúng cử Ban Chấp hành Đảng bộ phường khóa III');
    expect(electedHeading(SUBJECT, 3)).toBe('Các đồng chí sau đây trúng cử Ban Chấp hành Đảng bộ phường khóa III, xếp theo thứ tự số phiếu từ cao xuống thấp:');
    expect(electedHeadingOfTheMinutes(SUBJECT, 1)).toBe('Căn cứ kết quả kiểm phiếu, đồng chí sau đây trúng cử Ban Chấp hành Đảng bộ phường khóa III:');
    expect(electedHeadingOfTheMinutes(SUBJECT, 3)).toBe('Căn cứ kết quả kiểm phiếu, các đồng chí sau đây trúng cử Ban Chấp hành Đảng bộ phường khóa III, xếp theo thứ tự số phiếu từ cao xuống thấp:');
  });
});
