import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, snapshot, test } from './browser-shell';
import { twoStations } from './setup/run-setup';

/**
 * The chair's evening with two counting teams on their own laptops: a setup package for a team's
 * station, the share of each team, the stations' packages shown before they are merged (a
 * tampered one and one signed with another team's key refused by name), the merge, the teams
 * reconciled, a package loaded twice refused, and a backup restored.
 */
test('the chair previews and merges the stations’ packages, and restores a backup', async ({ page, shell }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const { packagesDir, congressKey } = twoStations(shell.dataDir);
  const pkg = (name: string) => join(packagesDir, name);
  await page.goto(shell.url);
  await page.getByRole('button', { name: /dai-hoi-chu-tich\.kiemphieu/ }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Các cuộc bầu' })).toBeVisible();

  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { name: 'Các tổ kiểm phiếu và máy trạm' })).toBeVisible();

  // One setup package per team: Tổ 2's carries Tổ 2 and its own key, never the congress key.
  const thisMachine = page.getByRole('region', { name: 'Máy này' });
  await thisMachine.getByLabel('Gói thiết lập cho máy của tổ').selectOption({ label: 'Tổ 2' });
  const setupDownload = page.waitForEvent('download');
  await thisMachine.getByRole('button', { name: 'Xuất gói thiết lập của tổ' }).press('Enter');
  const setupFile = await setupDownload;
  expect(setupFile.suggestedFilename()).toMatch(/to-2\.goi-thiet-lap\.json$/);
  const setupText = readFileSync((await setupFile.path()) as string, 'utf8');
  const setup = JSON.parse(setupText) as { format: string; version: number; team: string; teamKey: string };
  expect([setup.format, setup.version, setup.team]).toEqual(['kiem-phieu.setup-package', 2, 'Tổ 2']);
  expect(setup.teamKey).toMatch(/^[0-9a-f]{64}$/);
  expect(congressKey).toMatch(/^[0-9a-f]{64}$/);
  expect(setupText).not.toContain(congressKey);
  await expect(page.getByText('Đã xuất gói thiết lập của Tổ 2')).toBeVisible();

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

  // Among good packages, a tampered one and one Tổ 1's station signed claiming Tổ 2: shown refused,
  // by name and reason; nothing can be merged.
  const mergePanel = page.getByRole('region', { name: 'Gộp gói của các máy trạm' });
  await expect(mergePanel.getByRole('button', { name: 'Chọn các tệp…' })).toBeVisible();
  await expect(mergePanel.getByText('Chưa chọn tệp')).toBeVisible();
  const chooser = page.getByLabel('Các gói của máy trạm');
  await chooser.setInputFiles([pkg('to-1.json'), pkg('to-2.json'), pkg('to-2-bi-sua.json'), pkg('to-2-khoa-to-1.json')]);
  const previews = page.getByTestId('package-preview');
  await expect(previews).toHaveCount(4);
  await expect(previews.nth(2)).toContainText('Gói "to-2-bi-sua.json": chữ ký không khớp với khóa của "Tổ 2": gói không do máy trạm của tổ này lập, hoặc nội dung đã bị thay đổi sau khi ký');
  await expect(previews.nth(3)).toContainText('Gói "to-2-khoa-to-1.json": gói ghi là của "Tổ 2" nhưng được ký bằng khóa của "Tổ 1"');
  await expect(page.getByRole('button', { name: /^Gộp 4 gói/ })).toBeDisabled();
  await snapshot(page, 'to-02-xem-truoc-co-goi-bi-sua');

  // The two good packages: what is new is shown before anything is merged.
  await chooser.setInputFiles([pkg('to-1.json'), pkg('to-2.json')]);
  await expect(previews).toHaveCount(2);
  await expect(mergePanel.getByText('2 tệp: to-1.json, to-2.json')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Xem trước: chưa có gì được gộp' })).toBeVisible();
  await expect(previews.nth(0)).toContainText('Tổ 1 · máy "Máy tổ 1"');
  await expect(previews.nth(0).locator('tbody tr').first().locator('td').nth(1)).toHaveText('8');
  await expect(previews.nth(1).locator('tbody tr').first().locator('td').nth(1)).toHaveText('6');
  await snapshot(page, 'to-03-xem-truoc');
  await page.getByRole('button', { name: 'Gộp 2 gói (14 phiếu mới)' }).press('Enter');
  // The safe button has the focus: Enter alone merges nothing; the merge is its own button.
  const mergeDialog = page.getByRole('dialog', { name: 'Gộp các gói vào hồ sơ' });
  await expect(mergeDialog.getByRole('button', { name: 'Chưa gộp Esc' })).toBeFocused();
  await mergeDialog.getByRole('button', { name: 'Gộp 2 gói vào hồ sơ' }).press('Enter');
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
  await page.getByRole('dialog').getByRole('button', { name: /^Khôi phục bản lúc/ }).press('Enter');
  await expect(page.getByText(/Đã khôi phục bản lúc .*Nhật ký nguyên vẹn/)).toBeVisible();
  await expect(backups.locator('tbody tr').first()).toContainText('trước khi khôi phục');
  await page.keyboard.press('Alt+7');
  await expect(page.locator('.team-boxes tfoot')).toContainText('0 đã tính / 14 phiếu thu vào');
  await snapshot(page, 'to-06-sau-khi-khoi-phuc');
  expect(errors).toEqual([]);
});

test('a station starts its file from its team’s setup package, counts its box only and exports its signed package', async ({ page, shell }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const { packagesDir } = twoStations(shell.dataDir);
  await page.goto(shell.url);
  const form = page.getByRole('form', { name: 'Máy trạm: tạo hồ sơ từ gói thiết lập' });
  await form.getByLabel('Gói thiết lập').setInputFiles(join(packagesDir, 'thiet-lap-to-2.json'));
  await form.getByLabel('Tên máy này').focus();
  await page.keyboard.type('Máy tổ 2 dự phòng');
  await page.keyboard.press('Tab');
  await page.keyboard.type('may-to-2');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã tạo hồ sơ của máy trạm từ gói thiết lập')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Nhập phiếu: Bầu Ban Chấp hành Đảng bộ phường khóa IV/ })).toBeVisible();
  // Who enters is asked first; the station's file knows only its team, chosen already.
  await expect(page.getByLabel('Người nhập')).toBeFocused();
  await page.keyboard.type('Lê Văn Trạm');
  await expect(page.getByLabel('Tổ kiểm phiếu').locator('option')).toHaveText(['(không theo tổ)', 'Tổ 2']);
  await expect(page.getByLabel('Tổ kiểm phiếu')).toHaveValue(/\d+/);
  await page.keyboard.press('Enter');
  await expect(page.locator('#ballot-input')).toBeFocused();
  for (const text of ['1', '2 3']) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('team-entered')).toHaveText('2');

  await page.keyboard.press('Alt+7');
  const station = page.getByRole('region', { name: 'Máy này' });
  await expect(station.getByLabel('Tên máy (ghi trong gói gửi đi)')).toHaveValue('Máy tổ 2 dự phòng');
  await expect(station).toContainText('Máy trạm của Tổ 2: chỉ nhập và gửi số liệu của tổ này');
  await expect(station.getByRole('button', { name: 'Xuất gói thiết lập của tổ' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Gộp gói của các máy trạm' })).toContainText('các gói được kiểm tra chữ ký và gộp ở máy chủ tịch đoàn');
  await expect(station.getByRole('combobox').locator('option')).toHaveText(['Tổ 2']);
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
