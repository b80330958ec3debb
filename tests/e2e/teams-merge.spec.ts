import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, snapshot, test } from './browser-shell';
import { twoStations } from './setup/run-setup';

/**
 * The chair's evening with two counting teams on their own laptops: the share of each team, the
 * stations' packages shown before they are merged (a tampered one refused by name), the merge,
 * the teams reconciled, a package loaded twice refused, and a backup restored.
 */
test('the chair previews and merges the stations’ packages, and restores a backup', async ({ page, shell }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const { packagesDir } = twoStations(shell.dataDir);
  const pkg = (name: string) => join(packagesDir, name);
  await page.goto(shell.url);
  await page.getByRole('button', { name: /dai-hoi-chu-tich\.kiemphieu/ }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Các cuộc bầu' })).toBeVisible();

  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { name: 'Các tổ kiểm phiếu và máy trạm' })).toBeVisible();
  await page.getByLabel('Số phiếu giao cho Tổ 1').focus();
  await page.keyboard.type('8');
  await page.keyboard.press('Enter');
  await page.getByLabel('Số phiếu giao cho Tổ 2').focus();
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  const row = (team: string) => page.locator('.team-boxes tbody tr', { hasText: team });
  await expect(row('Tổ 2')).toContainText('✗ Tổ 2 được giao 6 phiếu nhưng đã nhập hoặc báo cáo 0 phiếu');
  await expect(page.locator('.team-boxes tfoot')).toContainText('✗ chưa chốt được');
  await snapshot(page, 'to-01-doi-chieu-truoc-khi-gop');

  // A tampered package among good ones: shown refused, by name and reason; nothing can be merged.
  const chooser = page.getByLabel('Chọn các gói của máy trạm');
  await chooser.setInputFiles([pkg('to-1.json'), pkg('to-2.json'), pkg('to-2-bi-sua.json')]);
  const previews = page.getByTestId('package-preview');
  await expect(previews).toHaveCount(3);
  await expect(previews.nth(2)).toContainText('Gói "to-2-bi-sua.json": chữ ký không khớp: nội dung đã bị thay đổi sau khi ký');
  await expect(page.getByRole('button', { name: /^Gộp 3 gói/ })).toBeDisabled();
  await snapshot(page, 'to-02-xem-truoc-co-goi-bi-sua');

  // The two good packages: what is new is shown before anything is merged.
  await chooser.setInputFiles([pkg('to-1.json'), pkg('to-2.json')]);
  await expect(previews).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Xem trước: chưa có gì được gộp' })).toBeVisible();
  await expect(previews.nth(0)).toContainText('Tổ 1 · máy "Máy tổ 1"');
  await expect(previews.nth(0).locator('tbody tr').first().locator('td').nth(1)).toHaveText('8');
  await expect(previews.nth(1).locator('tbody tr').first().locator('td').nth(1)).toHaveText('6');
  await snapshot(page, 'to-03-xem-truoc');
  await page.getByRole('button', { name: 'Gộp 2 gói (14 phiếu mới)' }).press('Enter');
  await expect(page.getByRole('dialog', { name: 'Gộp các gói vào hồ sơ' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã gộp 2 gói: 14 phiếu mới. Đã sao lưu hồ sơ.')).toBeVisible();
  await expect(row('Tổ 1')).toContainText('✓ khớp');
  await expect(row('Tổ 2')).toContainText('✓ khớp');
  await expect(page.locator('.team-boxes tfoot')).toContainText('14 đã tính / 14 phiếu thu vào');
  await expect(page.getByRole('region', { name: 'Các gói đã gộp' }).locator('tbody tr')).toHaveCount(2);
  await snapshot(page, 'to-04-sau-khi-gop');

  // The same package again: refused, nothing counted twice.
  await chooser.setInputFiles([pkg('to-1.json')]);
  await expect(previews.first()).toContainText('Gói "to-1.json": đã gộp rồi');
  await page.keyboard.press('Alt+5');
  await expect(page.getByTestId('results-valid')).toHaveText('13');
  await expect(page.getByTestId('results-invalid')).toHaveText('1');

  // Backups: one was made after the merge; restoring the one before it brings back the state before the merge.
  await page.getByRole('button', { name: 'Kiểm phiếu', exact: true }).press('Enter');
  const backups = page.getByRole('region', { name: 'Sao lưu' });
  await expect(backups.locator('tbody tr').first()).toContainText('sau khi gộp gói máy trạm');
  await snapshot(page, 'to-05-sao-luu');
  await backups.locator('tbody tr', { hasText: 'định kỳ' }).first().getByRole('button', { name: 'Khôi phục…' }).press('Enter');
  await expect(page.getByRole('dialog', { name: 'Khôi phục từ bản sao lưu' })).toContainText('Trạng thái hiện tại được lưu thành một bản sao lưu trước');
  await page.getByRole('dialog').getByRole('button', { name: 'Khôi phục' }).press('Enter');
  await expect(page.getByText(/Đã khôi phục bản lúc .*Nhật ký nguyên vẹn/)).toBeVisible();
  await expect(backups.locator('tbody tr').first()).toContainText('trước khi khôi phục');
  await page.keyboard.press('Alt+7');
  await expect(page.locator('.team-boxes tfoot')).toContainText('0 đã tính / 14 phiếu thu vào');
  await snapshot(page, 'to-06-sau-khi-khoi-phuc');
  expect(errors).toEqual([]);
});

test('a station starts its file from the setup package, counts its box and exports its signed package', async ({ page, shell }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const { packagesDir } = twoStations(shell.dataDir);
  await page.goto(shell.url);
  const form = page.getByRole('form', { name: 'Máy trạm: tạo hồ sơ từ gói thiết lập' });
  await form.getByLabel('Gói thiết lập').setInputFiles(join(packagesDir, 'thiet-lap.json'));
  await form.getByLabel('Tên máy này').focus();
  await page.keyboard.type('Máy tổ 2 dự phòng');
  await page.keyboard.press('Tab');
  await page.keyboard.type('may-to-2');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã tạo hồ sơ của máy trạm từ gói thiết lập')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Nhập phiếu: Bầu Ban Chấp hành Đảng bộ phường khóa IV/ })).toBeVisible();
  await page.getByLabel('Người nhập').focus();
  await page.keyboard.type('Lê Văn Trạm');
  await page.getByLabel('Tổ kiểm phiếu').selectOption({ label: 'Tổ 2' });
  await page.locator('#ballot-input').focus();
  for (const text of ['1', '2 3']) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('team-entered')).toHaveText('2');

  await page.keyboard.press('Alt+7');
  const station = page.getByRole('region', { name: 'Máy này' });
  await expect(station.getByLabel('Tên máy (ghi trong gói gửi đi)')).toHaveValue('Máy tổ 2 dự phòng');
  await station.getByRole('combobox').selectOption({ label: 'Tổ 2' });
  const download = page.waitForEvent('download');
  await station.getByRole('button', { name: 'Xuất gói của tổ' }).press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.goi-tram\.json$/);
  const text = readFileSync((await file.path()) as string, 'utf8');
  const sent = JSON.parse(text) as { format: string; team: string; station: { name: string }; congress: { elections: { ballots: unknown[] }[] } };
  expect([sent.format, sent.team, sent.station.name, sent.congress.elections[0]?.ballots.length]).toEqual(['kiem-phieu.station-package', 'Tổ 2', 'Máy tổ 2 dự phòng', 2]);
  await expect(page.getByText('Đã xuất gói của Tổ 2: 2 phiếu')).toBeVisible();
  await snapshot(page, 'to-07-may-tram-xuat-goi');
  expect(errors).toEqual([]);
});
