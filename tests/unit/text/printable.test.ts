import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printableName, quotedName } from '../../../shared/text/printable';

describe('a file name as it may be printed (issue 17, item 6)', () => {
  it('escapes control and direction characters, keeps Vietnamese and ordinary punctuation', () => {
    expect(printableName('phiếu số 1 (tổ 2).png')).toBe('phiếu số 1 (tổ 2).png');
    expect(printableName('a\nb\r\tc.png')).toBe('a\\nb\\r\\tc.png');
    expect(printableName('x\u001b[2K.png')).toBe('x\\x1b[2K.png');
    expect(printableName('gnp.\u202eexe')).toBe('gnp.\\u202eexe');
    expect(printableName('a\u0085b\u2028c')).toBe('a\\x85b\\u2028c');
  });

  it('quotes a name that could be read as part of a line, and only such a name', () => {
    expect(quotedName('phieu-01.png')).toBe('phieu-01.png');
    expect(quotedName('Phiếu bầu 07.JPG')).toBe('Phiếu bầu 07.JPG');
    expect(quotedName('a.png: ĐỌC ĐƯỢC.png')).toBe('"a.png: ĐỌC ĐƯỢC.png"');
    expect(quotedName('a\nb.png')).toBe('"a\\nb.png"');
    expect(quotedName(' a.png')).toBe('" a.png"');
    expect(quotedName('say "hi".png')).toBe('"say \\"hi\\".png"');
  });

  it('never lets a control character through, whatever the name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        for (const printed of [printableName(name), quotedName(name)]) expect(printed).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
      }),
    );
  });
});
