import { expect, snapshot, test } from './browser-shell';
import { addTeam, pasteCandidates, setBallotFigures, lockWithPin } from './steps';

/** The bí thư by agree/disagree keys (RULES E4), a team that counted by hand, and unlocking. */
test('format B by keys, hand-counted team totals with their checks, lock and unlock with the PIN', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.keyboard.type('Đại hội Chi bộ 5 nhiệm kỳ 2025-2027');
  await page.getByLabel('Loại đại hội').selectOption('members');
  await page.getByLabel('Số được triệu tập').focus();
  await page.keyboard.type('41');
  await page.getByLabel('Mã PIN của chủ tịch đoàn (chốt và mở khóa kết quả)').focus();
  await page.keyboard.type('135790');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Thiết lập đại hội' })).toBeVisible();
  for (const team of ['Tổ 1', 'Tổ 2']) await addTeam(page, team);

  // Bí thư: one name, format B.
  await page.keyboard.press('Alt+2');
  const newElection = page.getByRole('form', { name: 'Thêm cuộc bầu' });
  await newElection.getByLabel('Bầu', { exact: true }).selectOption('bi_thu');
  await newElection.getByLabel('Số lượng cần bầu').focus();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await setBallotFigures(page, 41, 38);
  await pasteCandidates(page, ['Phạm Minh Đức, 1971, nam']);
  await expect(page.getByText('Mẫu phiếu: đồng ý / không đồng ý')).toBeVisible();

  await page.keyboard.press('Alt+3');
  await expect(page.getByLabel('Người nhập')).toBeFocused();
  await page.keyboard.type('Lê Văn Nhập');
  // With teams, the team is a choice to make, "(không theo tổ)" included.
  await page.keyboard.press('Enter');
  await expect(page.getByText('Chọn tổ kiểm phiếu (hoặc "không theo tổ")')).toBeVisible();
  await page.getByLabel('Tổ kiểm phiếu').selectOption({ label: '(không theo tổ)' });
  await page.getByLabel('Người nhập').press('Enter');
  await expect(page.locator('#ballot-input')).toBeFocused();
  await page.keyboard.type('1 *35');
  await expect(page.locator('.paper-b .box.marked')).toHaveText(['Đồng ý']);
  await expect(page.locator('#ballot-verdict')).toHaveText('HỢP LỆ · 35 phiếu giống nhau');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('entry-status')).toHaveText('Đã lưu phiếu số 1–35 (35 phiếu giống nhau): HỢP LỆ');
  await page.keyboard.type('2*2');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('entry-status')).toHaveText('Đã lưu phiếu số 36–37 (2 phiếu giống nhau): HỢP LỆ');
  await page.keyboard.type('3');
  await expect(page.locator('#ballot-verdict')).toHaveText('KHÔNG HỢP LỆ: Phiếu đánh dấu cả hai ô hoặc không đánh dấu ô nào');
  await snapshot(page, 'b-01-nhap-phieu-dong-y');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('election-entered')).toHaveText('38');
  // Undo takes back the last ballot; its number stays, shown as undone, and the paper is entered again under the next one.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('entry-status')).toHaveText('Đã hoàn tác phiếu số 38: số này để trống, không dùng lại (vẫn ghi trong nhật ký)');
  await expect(page.getByTestId('election-entered')).toHaveText('37');
  await expect(page.getByRole('region', { name: 'Phiếu vừa nhập' }).getByRole('listitem').first()).toHaveText('Số 38: đã hoàn tác · cả hai ô: Phạm Minh Đức');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('entry-status')).toHaveText('Đã lưu phiếu số 39: KHÔNG HỢP LỆ: Phiếu đánh dấu cả hai ô hoặc không đánh dấu ô nào');
  await expect(page.getByTestId('election-entered')).toHaveText('38');
  await expect(page.getByRole('region', { name: 'Phiếu vừa nhập' }).getByRole('listitem').nth(2)).toHaveText('Số 36–37: HỢP LỆ · không đồng ý: Phạm Minh Đức');

  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('status').filter({ hasText: 'Đã bầu đủ số lượng: 1 đồng chí' })).toBeVisible();
  await expect(page.locator('.results-table tbody tr').first()).toHaveText(/Phạm Minh Đức\s*35\s*85,37\s*Trúng cử/);
  await expect(page.getByTestId('results-invalid')).toHaveText('1');

  // Lock, then a wrong PIN is refused, the right one with a reason unlocks.
  await lockWithPin(page, '135790');
  await expect(page.getByRole('button', { name: 'Mở khóa…' })).toBeVisible();
  await page.getByRole('button', { name: 'Mở khóa…' }).press('Enter');
  await page.getByLabel('Mã PIN của chủ tịch đoàn').fill('000000');
  await page.getByLabel('Lý do mở khóa').focus();
  await page.keyboard.type('Sửa phiếu nhập nhầm');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Mã PIN không đúng')).toBeVisible();
  await page.getByLabel('Mã PIN của chủ tịch đoàn').fill('135790');
  await page.getByLabel('Lý do mở khóa').press('Enter');
  await expect(page.getByText('Đã mở khóa; việc mở khóa được ghi vào nhật ký')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Chốt kết quả' })).toBeVisible();

  // Phó bí thư: two names; Tổ 2 counted by hand and reports totals.
  await page.keyboard.press('Alt+2');
  await newElection.getByLabel('Bầu', { exact: true }).selectOption('pho_bi_thu');
  await newElection.getByLabel('Số lượng cần bầu').focus();
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await pasteCandidates(page, ['Lê Thị Cúc', 'Nguyễn Hữu Duy']);
  await expect(page.getByRole('heading', { name: 'Danh sách bầu cử (2 người trên phiếu, bầu 2)' })).toBeVisible();
  await page.keyboard.press('Alt+4');
  await page.getByLabel('Chọn cuộc bầu').selectOption({ index: 1 });
  await page.getByRole('combobox', { name: 'Tổ', exact: true }).selectOption({ label: 'Tổ 2' });
  await page.getByLabel('Phiếu thu vào').focus();
  await page.keyboard.type('10');
  await page.getByLabel('Phiếu hợp lệ').focus();
  await page.keyboard.type('9');
  await page.getByLabel('Phiếu đánh dấu cả hai ô hoặc bỏ trống với mọi người').focus();
  await page.keyboard.type('1');
  await page.getByLabel('1. Lê Thị Cúc').focus();
  await page.keyboard.type('12');
  await expect(page.getByText('Lê Thị Cúc: 12 phiếu, nhiều hơn số phiếu hợp lệ của tổ (9)')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lưu số tổng hợp' })).toBeDisabled();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('8');
  await page.getByLabel('2. Nguyễn Hữu Duy').focus();
  await page.keyboard.type('7');
  await expect(page.getByText('Số liệu của tổ khớp')).toBeVisible();
  await snapshot(page, 'b-02-tong-hop-to');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã lưu số tổng hợp của Tổ 2')).toBeVisible();
  await page.keyboard.press('Alt+5');
  await expect(page.getByTestId('results-valid')).toHaveText('9');
  await expect(page.locator('.results-table tbody tr').first()).toHaveText(/Lê Thị Cúc\s*8\s*19,51/);
  await snapshot(page, 'b-03-ket-qua-pho-bi-thu');

  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('cell', { name: /^Nhập sai mã PIN khi mở khóa kết quả/ }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: /^Mở khóa kết quả bầu / })).toBeVisible();
});
