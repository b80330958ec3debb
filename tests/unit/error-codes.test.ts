import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/api/errors';

describe('the error codes', () => {
  it('are one union of distinct, stable codes (a program reads them; renaming one breaks its clients)', () => {
    const codes = Object.values(ERROR_CODES);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });
});
