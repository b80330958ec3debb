import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, expect, snapshot, snapshotSizes, test } from './browser-shell';

const SAMPLES = join(process.cwd(), 'assets', 'samples');

/** An old Excel tally sheet, read, checked, corrected where it says nothing, imported; the workbook exported back. */
test('an old tally sheet becomes a congress file: preview, the missing base asked for, import, results, export', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByRole('button', { name: 'Nhập từ bảng tính Excel…' }).press('Enter');
  const preview = page.getByRole('region', { name: 'Nhập từ bảng tính Excel' });
  await expect(preview.getByRole('button', { name: 'Chọn tệp…' })).toBeFocused();
  await expect(preview.getByText('Chưa chọn tệp')).toBeVisible();
  await page.getByLabel('Bảng tính (.xlsx)').setInputFiles(join(SAMPLES, 'bang-kiem-phieu-bch.xlsx'));
  await expect(preview.getByText('bang-kiem-phieu-bch.xlsx', { exact: true })).toBeVisible();
  await expect(preview.getByText('Chương trình hiểu bảng tính như sau')).toBeVisible();
  // What the sheet says is read: 9 seats and what an x means, from its hint row.
  await expect(preview.getByLabel('Số lượng cần bầu', { exact: true })).toHaveValue('9');
  await expect(preview.getByLabel('Dấu trong ô nghĩa là', { exact: true })).toHaveValue('struck');
  await expect(preview.getByText(/41 phiếu/).first()).toBeVisible();
  // What it does not say is asked for, and nothing can be imported until it is answered.
  await expect(preview.getByText('Cần trả lời:').first()).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Nhập thành hồ sơ mới' })).toBeDisabled();
  await snapshot(page, 'x-01-xem-truoc-excel');
  await preview.getByLabel('Số được triệu tập (cơ sở tính kết quả)', { exact: true }).focus();
  await page.keyboard.type('43');
  await expect(preview.getByRole('button', { name: 'Nhập thành hồ sơ mới' })).toBeEnabled();
  await expect(preview.locator('.import-result tr', { hasText: 'Hoàng Thị Giao' })).toContainText('83,72');
  await preview.getByRole('button', { name: 'Nhập thành hồ sơ mới' }).press('Enter');

  await expect(page.getByRole('heading', { name: 'Các cuộc bầu' })).toBeVisible();
  await page.keyboard.press('Alt+5');
  await expect(page.getByTestId('results-valid')).toHaveText('38');
  await expect(page.getByTestId('results-invalid')).toHaveText('3');
  await expect(page.locator('.results-table tr', { hasText: 'Hoàng Thị Giao' })).toContainText('36');
  await expect(page.getByRole('status').filter({ hasText: 'Chưa đủ số lượng: số người trúng cử (8) ít hơn số lượng cần bầu (9)' })).toBeVisible();
  await snapshot(page, 'x-02-ket-qua-tu-excel');
  await snapshotSizes(page, 'x-02-ket-qua-tu-excel');

  // The secretariat's workbook, exported from the app, reads back to the same tally.
  await page.getByRole('button', { name: 'Kiểm phiếu', exact: true }).press('Enter');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất bảng tính Excel' }).press('Enter');
  const saved = await download;
  const path = join(ARTIFACTS, saved.suggestedFilename());
  await saved.saveAs(path);
  expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
  const tally = JSON.parse(execFileSync(join(process.cwd(), 'bin', 'kiem-phieu'), ['tally', path, '--json'], { encoding: 'utf8' }));
  expect(tally.elections[0].ballots).toMatchObject({ valid: 38, invalid: 3 });
  expect(tally.elections[0].outcome).toBe('short');
});
