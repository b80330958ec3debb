import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brokenPhrases, paperBlocks, paperLines } from '../helpers/paper-text';
import { ARTIFACTS, expect, snapshot, test } from './browser-shell';
import { twoStations } from './setup/run-setup';

/**
 * Double entry by keyboard: a stack of three ballots read by two operators, the second refused
 * while it is the same person, the difference settled by reading the paper again, the stack
 * counted, the discrepancy report, and the audit log filtered and verified.
 */
test('two operators enter a stack, the difference is settled, and only then it counts', async ({ page, shell }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  twoStations(shell.dataDir);
  await page.goto(shell.url);
  await page.getByRole('button', { name: /dai-hoi-chu-tich\.kiemphieu/ }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Các cuộc bầu' })).toBeVisible();

  await page.keyboard.press('Alt+8');
  await expect(page.getByRole('heading', { name: 'Nhập đối chứng: Bầu Ban Chấp hành Đảng bộ phường khóa IV' })).toBeVisible();
  const operator = page.getByLabel('Người nhập / người đối chiếu');
  await operator.focus();
  await page.keyboard.type('Nguyễn Văn An');
  await page.getByLabel('Tên chồng phiếu').focus();
  await page.keyboard.type('Tổ 1 - chồng 1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');
  await page.getByRole('form', { name: 'Tạo chồng phiếu' }).getByRole('combobox').selectOption({ label: 'Tổ 1' });
  await page.getByRole('button', { name: 'Tạo chồng phiếu' }).press('Enter');
  await expect(page.getByText('Đã tạo chồng phiếu "Tổ 1 - chồng 1"')).toBeVisible();

  // Pass 1.
  await page.getByRole('button', { name: 'Nhập lượt 1' }).press('Enter');
  const field = page.locator('#reading-input');
  await expect(field).toBeFocused();
  for (const text of ['1', '2 3', 'g']) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect(field).toHaveValue('');
  }
  await expect(page.getByRole('list', { name: 'Lượt 1 đã nhập' })).toContainText('2. gạch 2, 3');
  await snapshot(page, 'doi-chung-01-luot-1');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Đã kết thúc lượt 1 của chồng "Tổ 1 - chồng 1"')).toBeVisible();

  // The same person cannot read the stack a second time.
  await page.getByRole('button', { name: 'Nhập lượt 2' }).press('Enter');
  await expect(page.getByText('Nguyễn Văn An đã nhập lượt 1: lượt 2 phải do một người khác nhập, không xem lượt kia')).toBeVisible();
  await operator.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Trần Thị Bình');
  await page.getByRole('button', { name: 'Nhập lượt 2' }).press('Enter');
  await expect(field).toBeFocused();
  await expect(page.getByRole('list', { name: 'Lượt 2 đã nhập' })).not.toContainText('gạch');
  for (const text of ['1', '2 4', 'g']) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect(field).toHaveValue('');
  }
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Đã kết thúc lượt 2 của chồng "Tổ 1 - chồng 1"')).toBeVisible();

  // Side by side: the second paper differs; it is read again and typed by the resolver.
  const table = page.getByRole('table', { name: 'Hai lượt nhập đặt cạnh nhau' });
  await expect(table.locator('tr.differs')).toHaveCount(1);
  await expect(table.locator('tr.differs')).toContainText('gạch 2, 3');
  await expect(table.locator('tr.differs')).toContainText('gạch 2, 4');
  await expect(page.getByRole('button', { name: 'Đối chiếu xong: tính 3 phiếu' })).toBeDisabled();
  await snapshot(page, 'doi-chung-02-so-sanh');
  await table.focus();
  await page.keyboard.press('n');
  await expect(field).toBeFocused();
  await page.keyboard.type('2 3');
  await page.keyboard.press('Enter');
  await expect(table.locator('tr.differs')).toContainText('đọc lại phiếu: gạch 2, 3 (Trần Thị Bình)');
  await page.getByRole('button', { name: 'Đối chiếu xong: tính 3 phiếu' }).press('Enter');
  const reconcile = page.getByRole('dialog', { name: 'Tính chồng phiếu "Tổ 1 - chồng 1"' });
  await expect(reconcile.getByRole('button', { name: 'Chưa tính Esc' })).toBeFocused();
  await reconcile.getByRole('button', { name: 'Tính 3 phiếu vào kết quả' }).press('Enter');
  await expect(page.getByText('Đã tính 3 phiếu (số 1–3) của chồng "Tổ 1 - chồng 1"')).toBeVisible();
  await snapshot(page, 'doi-chung-03-da-tinh');

  await page.keyboard.press('Alt+5');
  await expect(page.getByTestId('results-valid')).toHaveText('2');
  await expect(page.getByTestId('results-invalid')).toHaveText('1');

  // The discrepancy report for the minutes' file.
  await page.keyboard.press('Alt+8');
  await page.getByRole('button', { name: 'Báo cáo chênh lệch' }).press('Enter');
  const report = page.getByTestId('discrepancy-report');
  await expect(report).toContainText('lượt 1: Nguyễn Văn An, lượt 2: Trần Thị Bình');
  await expect(report.locator('tbody tr')).toHaveText([/2\s*gạch 2, 3\s*gạch 2, 4\s*đọc lại phiếu: gạch 2, 3\s*Trần Thị Bình/]);
  await snapshot(page, 'doi-chung-04-bao-cao');
  // The paper as printed (issue 18, items 4 and 8): says what it is, in words, nothing cut or in code.
  await expect(report.getByRole('note')).toHaveText('Bản tạm: cuộc bầu chưa chốt kết quả, các chồng phiếu còn có thể thay đổi.');
  const printed = await page.pdf({ format: 'A4' });
  writeFileSync(join(ARTIFACTS, 'doi-chung-05-bao-cao-in.pdf'), printed);
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', join(ARTIFACTS, 'doi-chung-05-bao-cao-in.pdf'), join(ARTIFACTS, 'doi-chung-05-bao-cao-in')]);
  const pages = paperBlocks(new Uint8Array(printed));
  expect(brokenPhrases(pages)).toEqual([]);
  const text = paperLines(pages).join('\n');
  expect(text).toContain('BÁO CÁO CHÊNH LỆCH NHẬP ĐỐI CHỨNG');
  expect(text).toContain('Bản tạm: cuộc bầu chưa chốt kết quả');
  expect(text).not.toMatch(/\bc\d{2}\b|\b[A-Z]+_[A-Z_]+\b|undefined|null|\d{4}-\d{2}-\d{2}T/);
  await page.keyboard.press('Escape');

  // The audit log: every step, filtered by kind and by team, and the chain verified.
  await page.keyboard.press('Alt+6');
  await page.getByLabel('Lọc theo loại thay đổi').selectOption({ label: 'Nhập đối chứng một phiếu' });
  await expect(page.locator('.audit-table tbody tr')).toHaveCount(6);
  await page.getByLabel('Lọc theo tổ').selectOption({ label: 'Tổ 2' });
  await expect(page.locator('.audit-table tbody tr')).toHaveCount(0);
  await page.getByLabel('Lọc theo tổ').selectOption({ label: 'Tổ 1' });
  await page.getByLabel('Lọc theo loại thay đổi').selectOption({ label: '(tất cả)' });
  await expect(page.locator('.audit-table tbody tr').first()).toContainText(/Tính chồng phiếu “.*” vào kết quả/);
  await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).press('Enter');
  await expect(page.getByText(/✓ Hồ sơ nguyên vẹn/)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất nhật ký (CSV)' }).press('Enter');
  expect((await download).suggestedFilename()).toMatch(/^nhat-ky-.*\.csv$/);
  await snapshot(page, 'nhat-ky-loc-theo-to');
  expect(errors).toEqual([]);
});
