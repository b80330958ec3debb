import { expect, snapshotSizes, test, resizeTo } from './browser-shell';
import { pasteCandidates, typeInto } from './steps';

/**
 * Issue 18, item 1 (RULES R1, "the paper as printed"), as a counting committee meets it:
 * delegates, 3 names for 2 seats, the strike-out papers printed, then the congress agrees to the
 * withdrawal of name 2. The name stays on the paper at its number, struck on screen; the operator
 * types the papers by their printed numbers; "2 3" is valid with a vote for name 1; a paper with
 * every standing name struck is invalid; the results keep name 2's row, struck, with no vote.
 */
const NAMES = ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy'];
const OPERATOR = 'Nguyễn Thị Nhanh';

test('a withdrawal after printing leaves the name on the paper, struck, and the papers are entered by their printed numbers', async ({ page, shell }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await resizeTo(page, { width: 1366, height: 768 });
  await page.goto(shell.url);

  // A delegates' congress and its election of delegates: 3 names for 2 seats (strike-out papers).
  await expect(page.getByLabel('Tên đại hội')).toBeFocused();
  await page.keyboard.type('Đại hội đại biểu Đảng bộ xã Hòa Tiến lần thứ V');
  await typeInto(page, 'Số được triệu tập', '45');
  await typeInto(page, 'Mã PIN của chủ tịch đoàn (chốt và mở khóa kết quả)', '246813');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Thiết lập đại hội' })).toBeVisible();
  await typeInto(page, 'Thêm tổ', 'Tổ 1');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+2');
  await page.getByLabel('Bầu', { exact: true }).selectOption('dai_bieu');
  await typeInto(page, 'Số lượng cần bầu', '2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Bầu đại biểu dự Đại hội Đảng bộ huyện');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Danh sách bầu cử \(0 người/ })).toBeVisible();
  await pasteCandidates(page, NAMES);
  await expect(page.getByRole('heading', { name: 'Danh sách bầu cử (3 người trên phiếu, bầu 2)' })).toBeVisible();

  // "In phiếu bầu": the first print is recorded, and the dialog says what it freezes.
  await page.getByRole('button', { name: 'In phiếu bầu (PDF)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Phiếu bầu' });
  await expect(dialog.getByTitle(/Xem trước: phieu-bau/)).toBeVisible();
  await expect(dialog.getByTestId('printing-note')).toContainText('Phiếu lần in 1, ghi nhận lúc');
  await snapshotSizes(page, 'p-01-in-phieu-lan-1');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('printed-notice')).toContainText('Phiếu bầu đã in (lần in 1');
  // The order and the list no longer change; only a withdrawal (or a misspelt name) may.
  await expect(page.getByRole('button', { name: 'Xếp theo vần A, B, C' })).toHaveCount(0);
  await expect(page.getByLabel(/Thêm người: gõ hoặc dán danh sách/)).toHaveCount(0);

  // The congress agrees that name 2 withdraws, after printing.
  const row = page.locator('table.candidates tbody tr').filter({ hasText: 'Lê Thị Cúc' });
  await row.getByRole('button', { name: 'rút tên' }).click();
  const confirm = page.getByRole('dialog', { name: 'Rút tên khỏi danh sách bầu cử' });
  await expect(confirm).toContainText('Phiếu bầu đã in (lần in 1): tên vẫn còn trên phiếu ở số 2, luôn bị gạch khi nhập phiếu và không được tính phiếu');
  await snapshotSizes(page, 'p-02-xac-nhan-rut-ten-sau-khi-in');
  await confirm.getByRole('button', { name: /^Rút tên / }).click();
  await expect(page.getByText('Đã rút tên; tên vẫn ở số 2 trên phiếu, bị gạch khi nhập phiếu')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Danh sách bầu cử (3 người trên phiếu, 1 đã rút sau khi in, bầu 2)' })).toBeVisible();
  const numbers = await page.locator('table.candidates tbody tr td:first-child').allTextContents();
  expect(numbers).toEqual(['1', '2', '3']);
  await expect(row).toContainText('đã rút sau khi in, tên còn trên phiếu');
  // Still strike-out papers: the format is the one printed.
  await expect(page.getByText('Phiếu đã in (lần in 1) ghi số này; mẫu phiếu: gạch tên')).toBeVisible();
  await snapshotSizes(page, 'p-03-danh-sach-sau-khi-rut');

  // Entry by the printed numbers.
  await page.keyboard.press('Alt+3');
  await expect(page.getByText('Bầu 2 trong 2 người · phiếu gạch tên · 1 người rút sau khi in phiếu (tên vẫn trên phiếu, không tính phiếu)')).toBeVisible();
  await page.getByLabel('Tổ kiểm phiếu').selectOption({ label: 'Tổ 1' });
  await page.getByLabel('Người nhập').focus();
  await page.keyboard.type(`${OPERATOR}\n`);
  await expect(page.locator('#ballot-input')).toBeFocused();
  const paper = page.getByRole('list', { name: 'Phiếu trên màn hình' });
  // Before anything is typed, name 2 is already struck on the paper on screen.
  await expect(paper.getByRole('listitem', { name: '2. Lê Thị Cúc (đã rút, không tính phiếu)' })).toBeVisible();
  await page.keyboard.type('2 3');
  await expect(paper.getByRole('listitem', { name: '3. Nguyễn Hữu Duy (bị gạch)' })).toBeVisible();
  await expect(paper.getByRole('listitem', { name: '1. Trần Văn Bảy' })).toBeVisible();
  await expect(page.locator('.verdict')).toHaveText('HỢP LỆ');
  await snapshotSizes(page, 'p-04-nhap-phieu-2-3');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('entry-status')).toHaveText('Đã lưu phiếu số 1: HỢP LỆ');
  // Every standing name struck: invalid, whatever the withdrawn name shows.
  await page.keyboard.type('1 3\n');
  await expect(page.getByTestId('entry-status')).toHaveText('Đã lưu phiếu số 2: KHÔNG HỢP LỆ: Phiếu gạch hết tên (không bầu ai)');
  // The withdrawn name left un-struck gives it nothing.
  await page.keyboard.type('3\n');
  await expect(page.getByTestId('entry-status')).toHaveText('Đã lưu phiếu số 3: HỢP LỆ');
  const recent = page.getByRole('region', { name: 'Phiếu vừa nhập' }).getByRole('listitem');
  await expect(recent.nth(2)).toHaveText('Số 1: HỢP LỆ · gạch 2. Lê Thị Cúc (đã rút), 3. Nguyễn Hữu Duy');
  await expect(page.getByTestId('votes-c01')).toHaveText('2');
  await expect(page.getByTestId('votes-c03')).toHaveText('0');
  await expect(page.getByTestId('votes-c02')).toHaveCount(0);
  await snapshotSizes(page, 'p-05-nhap-phieu-sau-3-phieu');

  // The results keep name 2's row at its number, struck, with no vote.
  await page.keyboard.press('Alt+5');
  const results = page.locator('table.results-table tbody tr');
  await expect(results).toHaveCount(3);
  await expect(results.nth(0)).toContainText('1Trần Văn Bảy2');
  await expect(page.getByTestId('withdrawn-row')).toHaveText('2Lê Thị Cúc——Đã rút sau khi in phiếu, không tính phiếu');
  await expect(results.nth(2)).toContainText('3Nguyễn Hữu Duy0');
  await snapshotSizes(page, 'p-06-ket-qua');
  // And so does the hall's view.
  await page.keyboard.press('Alt+p');
  await page.getByRole('button', { name: 'Trình chiếu kết quả tạm thời' }).click();
  const hall = page.getByTestId('presentation-row');
  await expect(hall).toHaveCount(3);
  await expect(hall.nth(1)).toHaveText('2Lê Thị Cúc——Đã rút');
  await expect(hall.nth(1)).toHaveClass('withdrawn');
  await snapshotSizes(page, 'p-07-trinh-chieu');
  await page.keyboard.press('Escape');

  // Once a paper is entered, a new printing is no longer offered; the notice says so.
  await page.keyboard.press('Alt+2');
  await expect(page.getByTestId('printed-notice')).toContainText('kể cả ở các phiếu đã nhập');
  await expect(page.getByRole('button', { name: 'In lại phiếu: lần in mới…' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

/** From the first screen to the elections screen: a congress and its election of delegates with its list. */
async function delegatesElection(page: import('@playwright/test').Page): Promise<void> {
  await expect(page.getByLabel('Tên đại hội')).toBeFocused();
  await page.keyboard.type('Đại hội đại biểu Đảng bộ xã Hòa Tiến lần thứ V');
  await typeInto(page, 'Số được triệu tập', '45');
  await typeInto(page, 'Mã PIN của chủ tịch đoàn (chốt và mở khóa kết quả)', '246813');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Thiết lập đại hội' })).toBeVisible();
  await page.keyboard.press('Alt+2');
  await page.getByLabel('Bầu', { exact: true }).selectOption('dai_bieu');
  await typeInto(page, 'Số lượng cần bầu', '2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Bầu đại biểu dự Đại hội Đảng bộ huyện');
  await page.keyboard.press('Enter');
  await pasteCandidates(page, NAMES);
  await expect(page.getByRole('heading', { name: 'Danh sách bầu cử (3 người trên phiếu, bầu 2)' })).toBeVisible();
}

test('"In lại phiếu: lần in mới" before any paper is entered: the old papers are set aside and the list is numbered again', async ({ page, shell }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await resizeTo(page, { width: 1366, height: 768 });
  await page.goto(shell.url);
  await delegatesElection(page);
  await page.getByRole('button', { name: 'In phiếu bầu (PDF)' }).click();
  await expect(page.getByRole('dialog', { name: 'Phiếu bầu' }).getByTestId('printing-note')).toContainText('Phiếu lần in 1');
  await page.keyboard.press('Escape');
  await page.locator('table.candidates tbody tr').filter({ hasText: 'Lê Thị Cúc' }).getByRole('button', { name: 'rút tên' }).click();
  await page.getByRole('dialog', { name: 'Rút tên khỏi danh sách bầu cử' }).getByRole('button', { name: /^Rút tên / }).click();
  await expect(page.getByRole('heading', { name: 'Danh sách bầu cử (3 người trên phiếu, 1 đã rút sau khi in, bầu 2)' })).toBeVisible();

  await page.getByRole('button', { name: 'In lại phiếu: lần in mới…' }).click();
  const dialog = page.getByRole('dialog', { name: 'In lại phiếu: lần in mới' });
  await expect(dialog).toContainText('Phiếu bầu lần in 1 sẽ không được dùng nữa');
  await expect(dialog).toContainText('bỏ tên người đã rút: Lê Thị Cúc');
  await snapshotSizes(page, 'p-08-in-lai-phieu');
  await dialog.getByRole('button', { name: 'In lại phiếu: lần in 2' }).click();
  await expect(page.getByText('Phiếu lần in 1 không còn được dùng; danh sách đã đánh số lại')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Danh sách bầu cử (2 người trên phiếu, bầu 2)' })).toBeVisible();
  expect(await page.locator('table.candidates tbody tr td:first-child').allTextContents()).toEqual(['1', '—', '2']);
  await expect(page.getByText('Mẫu phiếu: đồng ý / không đồng ý')).toBeVisible();
  await snapshotSizes(page, 'p-09-sau-khi-in-lai');
  await page.getByRole('button', { name: 'In phiếu bầu (PDF)' }).click();
  await expect(page.getByRole('dialog', { name: 'Phiếu bầu' }).getByTestId('printing-note')).toContainText('Phiếu lần in 2');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('printed-notice')).toContainText('Phiếu bầu đã in (lần in 2');
  expect(errors).toEqual([]);
});
