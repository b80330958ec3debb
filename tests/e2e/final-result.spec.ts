import { tieCongress } from '../helpers/tie-congress';
import { expect, snapshotSizes, test } from './browser-shell';
import { lockWithPin, setChairPinOnSetup } from './steps';

/**
 * Issue 11, finding 5: the final result of an office across its rounds. The congress of the
 * issue (14 seats, a tie for the 14th, the tie-break) loaded from a congress file; the results
 * screen shows all 14 with the round each was elected in, provisional while the tie-break is
 * open; the hall sees it once the last round is done.
 */
async function loadCongress(page: import('@playwright/test').Page, url: string, tieBreakLocked: boolean) {
  await page.goto(url);
  const load = page.getByRole('form', { name: 'Nạp tệp đại hội' });
  await load.getByLabel('Tệp đại hội (.json)').setInputFiles({ name: 'dai-hoi-bang-phieu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tieCongress({ tieBreakLocked }))) });
  await load.getByRole('button', { name: 'Nạp' }).click();
  await expect(page.getByRole('heading', { name: 'Các cuộc bầu' })).toBeVisible();
  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('combobox', { name: 'Chọn cuộc bầu' })).toBeVisible();
}

test('the results screen and the hall show the final result of the office across its rounds', async ({ page, shell }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await loadCongress(page, shell.url, false);
  const picker = page.getByRole('combobox', { name: 'Chọn cuộc bầu' });
  await picker.selectOption({ label: 'Bầu Ban Chấp hành Đảng bộ phường Hòa An khóa III (vòng 2: bầu lại do bằng phiếu)' });
  const final = page.getByTestId('final-result');
  await expect(final.getByRole('heading')).toHaveText('Kết quả cuối cùng: Bầu Ban Chấp hành Đảng bộ phường Hòa An khóa III');
  // The tie-break is still open: provisional, said plainly.
  await expect(final.getByRole('status')).toHaveText('KẾT QUẢ TẠM THỜI: vòng 2 chưa chốt kết quả.');
  await expect(final).toContainText('Đã bầu đủ 14 đồng chí Ban Chấp hành Đảng bộ phường Hòa An khóa III, qua 2 vòng bầu.');
  const rows = final.locator('tbody tr');
  await expect(rows).toHaveCount(14);
  await expect(rows.nth(0)).toHaveText(['1', 'Nguyễn Văn An', '95', 'vòng 1'].join(''));
  await expect(rows.nth(13)).toHaveText(['14', 'Mai Thị Quyên', '80', 'vòng 2'].join(''));
  await snapshotSizes(page, 'f-01-ket-qua-cuoi-cung-tam-thoi');

  // Not yet in the hall: the last round is not done.
  await page.keyboard.press('Alt+p');
  await expect(page.getByRole('dialog', { name: 'Trình chiếu kết quả' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Trình chiếu kết quả' }).getByTestId('final-result')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Trình chiếu kết quả' })).toHaveCount(0);

  // The tie-break locked by the chair (the file came without a PIN: the chair sets one first): final, no mark; the hall shows all 14.
  await setChairPinOnSetup(page, 'Alt+5');
  await lockWithPin(page);
  await expect(final.getByRole('status')).toHaveCount(0);
  await expect(final.locator('tbody tr')).toHaveCount(14);
  await snapshotSizes(page, 'f-02-ket-qua-cuoi-cung');
  await page.keyboard.press('Alt+p');
  const hall = page.getByRole('dialog', { name: 'Trình chiếu kết quả' });
  await expect(hall.getByTestId('final-result')).toBeVisible();
  await expect(hall.getByTestId('final-result').locator('tbody tr')).toHaveCount(14);
  await snapshotSizes(page, 'f-03-trinh-chieu-ket-qua-cuoi-cung');
  await page.keyboard.press('Escape');

  // Round 1 shows the same final result of the office.
  await picker.selectOption({ label: 'Bầu Ban Chấp hành Đảng bộ phường Hòa An khóa III — đã chốt' });
  await expect(page.getByTestId('final-result').locator('tbody tr')).toHaveCount(14);
  await expect(page.getByText(/hòa phiếu/i)).toHaveCount(0);
  expect(errors).toEqual([]);
});
