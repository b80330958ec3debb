import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function screens(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? screens(path) : path.endsWith('.tsx') ? [path] : [];
  });
}

/**
 * Issue 18, item 5: a dialog's buttons say what they do. "Hủy" alone reads both as "cancel" and as
 * "void" (hủy phiếu), and "Thôi" says nothing of what is kept: neither is a button's whole label.
 * (ConfirmDialog's cancelLabel and confirmLabel are required props: the types see to those.)
 */
describe('the buttons of the dialogs', () => {
  it('never say only "Hủy" or "Thôi" (with or without Esc)', () => {
    const vague = screens('src-renderer').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/>\s*(Hủy|Thôi)\s*(\(Esc\)|<kbd>Esc<\/kbd>)?\s*<\/button>/g)].map((m) => `${file}: ${m[0].replace(/\s+/g, ' ')}`),
    );
    expect(vague).toEqual([]);
  });

});
