import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from './browser-shell';
import { addTeam, pasteCandidates, setBallotFigures, typeInto } from './steps';

/**
 * The day of the guide (docs/huong-dan-su-dung.md), step by step as it tells it, at 1366×768: each
 * step asserts what the committee sees there. With KIEM_PHIEU_GUIDE_SHOTS=1 the steps also write
 * the guide's pictures into docs/anh/ (palette PNG, small); otherwise nothing is written, so that
 * `npm test` never rewrites committed files.
 */
const WRITE_SHOTS = process.env.KIEM_PHIEU_GUIDE_SHOTS === '1';
const PICTURES = join(process.cwd(), 'docs', 'anh');
const MAU = join(process.cwd(), 'assets', 'mau');

const CONGRESS = 'Đại hội đại biểu Đảng bộ xã Hòa Tiến lần thứ V';
const TITLE = 'Bầu Ban Chấp hành Đảng bộ xã Hòa Tiến khóa V';
/** 11 names for 9 seats, in ABC order; the 11th withdraws after the papers are printed. */
const NAMES = [
  'Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Phạm Minh Đức', 'Hoàng Thị Giao', 'Vũ Văn Hạnh', 'Đỗ Thị Hoa', 'Bùi Quang Khải', 'Ngô Thị Loan', 'Dương Văn Nhân', 'Lý Thị Oanh',
];
/**
 * The 40 papers returned, as typed (printed numbers struck; "*15" a stack of 15 identical papers; "g" the committee's ruling
 * "ghi thêm tên"): names 5, 6, 8 and 10 get 39 votes, 2 and 9 get 29, 4 gets 28, 7 gets 24, 1 gets 24, 3 gets 21 (base 43: 22 needed).
 */
const PAPERS = ['3 7 *15', '1 4 *11', '2 9 *10', '1 3 *3', '3 g'];

/** The window as the committee sees it, or one part of it, written small into docs/anh/ when asked. */
async function shot(page: Page, name: string, part?: Locator): Promise<void> {
  if (!WRITE_SHOTS) return;
  mkdirSync(PICTURES, { recursive: true });
  const take = () => (part ? part.screenshot({ animations: 'disabled' }) : page.screenshot({ animations: 'disabled' }));
  // A PDF preview or a picture may still be drawing: the picture is taken once two in a row agree.
  let png = await take();
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(300);
    const again = await take();
    if (again.equals(png)) break;
    png = again;
  }
  await sharp(png).png({ palette: true, colours: 16, dither: 0, compressionLevel: 9, effort: 10 }).toFile(join(PICTURES, `${name}.png`));
}

test('the guide\'s day: a new file, the list, the papers printed, a withdrawal after printing, entry, results, lock, minutes, presentation, teams, the log', async ({ page, shell }) => {
  test.setTimeout(600_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(shell.url);

  // --- 2. Tạo hồ sơ đại hội --------------------------------------------------------------------
  const newFile = page.getByRole('form', { name: 'Tạo hồ sơ đại hội mới' });
  await expect(page.getByLabel('Tên đại hội')).toBeFocused();
  await page.keyboard.type(CONGRESS);
  await typeInto(page, 'Số được triệu tập', '45');
  await typeInto(page, 'Mã PIN của chủ tịch đoàn (chốt và mở khóa kết quả)', '246813');
  await expect(newFile.getByText('Trúng cử cần ít nhất 23 phiếu (chưa trừ các trường hợp loại trừ)')).toBeVisible();
  await shot(page, '01-tao-ho-so');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Thiết lập đại hội' })).toBeVisible();
  await typeInto(page, 'Đảng bộ, chi bộ', 'Đảng bộ xã Hòa Tiến');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2025-2030');
  const exclusions = page.getByRole('group', { name: 'Trừ khỏi số được triệu tập' });
  await exclusions.getByLabel('Lý do theo Quy chế bầu cử').selectOption({ index: 1 });
  await exclusions.getByRole('button', { name: '+ Thêm trường hợp loại trừ' }).press('Enter');
  await page.keyboard.type('2');
  await expect(exclusions).toContainText('Số cơ sở tính kết quả: 43. Trúng cử cần ít nhất 22 phiếu');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Đã lưu thông tin đại hội')).toBeVisible();
  await addTeam(page, 'Tổ 1');
  await addTeam(page, 'Tổ 2');
  await shot(page, '02-thiet-lap');

  // --- 3. Cuộc bầu và danh sách ------------------------------------------------------------------
  await page.keyboard.press('Alt+2');
  await typeInto(page, 'Số lượng cần bầu', '9');
  await page.keyboard.press('Tab');
  await page.keyboard.type(TITLE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Danh sách bầu cử \(0 người/ })).toBeVisible();
  await setBallotFigures(page, 43, 40);
  await pasteCandidates(page, NAMES);
  await expect(page.getByRole('heading', { name: 'Danh sách bầu cử (11 người trên phiếu, bầu 9)' })).toBeVisible();
  await shot(page, '03-danh-sach', page.locator('.card').filter({ has: page.getByRole('heading', { name: /^Danh sách bầu cử/ }) }));

  // --- 4. In phiếu bầu, then a withdrawal after printing ---------------------------------------
  await page.getByRole('button', { name: 'In phiếu bầu (PDF)' }).click();
  const paper = page.getByRole('dialog', { name: 'Phiếu bầu' });
  await expect(paper.getByTestId('printing-note')).toContainText('Phiếu lần in 1, ghi nhận lúc');
  await shot(page, '04-in-phieu');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('printed-notice')).toContainText('Phiếu bầu đã in (lần in 1');
  const row = page.locator('table.candidates tbody tr').filter({ hasText: 'Lý Thị Oanh' });
  await row.getByRole('button', { name: 'rút tên' }).click();
  const withdraw = page.getByRole('dialog', { name: 'Rút tên khỏi danh sách bầu cử' });
  await expect(withdraw).toContainText('Phiếu bầu đã in (lần in 1): tên vẫn còn trên phiếu ở số 11');
  await shot(page, '05-rut-ten-sau-khi-in', withdraw);
  await expect(withdraw.getByRole('button', { name: 'Không rút tên Esc' })).toBeFocused();
  await withdraw.getByRole('button', { name: 'Rút tên Lý Thị Oanh' }).click();
  await expect(page.getByRole('heading', { name: 'Danh sách bầu cử (11 người trên phiếu, 1 đã rút sau khi in, bầu 9)' })).toBeVisible();
  await expect(row).toContainText('đã rút sau khi in, tên còn trên phiếu');
  await page.getByRole('button', { name: 'Đóng' }).click();

  // --- 5. Nhập phiếu ---------------------------------------------------------------------------------
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { name: 'Ai nhập phiếu trên máy này?' })).toBeVisible();
  await page.getByLabel('Người nhập').focus();
  await page.keyboard.type('Phạm Thị Nhập');
  await page.getByLabel('Tổ kiểm phiếu').selectOption({ label: 'Tổ 1' });
  await shot(page, '06-nguoi-nhap');
  await page.getByLabel('Người nhập').press('Enter');
  await expect(page.locator('#ballot-input')).toBeFocused();
  await page.keyboard.type(PAPERS.map((line) => `${line}\n`).join(''));
  await expect(page.getByTestId('election-entered')).toHaveText('40');
  await expect(page.getByTestId('entry-status')).toHaveText('Đã lưu phiếu số 40: KHÔNG HỢP LỆ: Phiếu ghi thêm tên người ngoài danh sách');
  await expect(page.getByTestId('election-valid')).toHaveText('39');
  // A paper being typed: its verdict before Enter, the withdrawn name struck on the paper on screen.
  await page.keyboard.type('2 5');
  await expect(page.locator('#ballot-verdict')).toHaveText('HỢP LỆ');
  const onScreen = page.getByRole('list', { name: 'Phiếu trên màn hình' });
  await expect(onScreen.getByRole('listitem', { name: '11. Lý Thị Oanh (đã rút, không tính phiếu)' })).toBeVisible();
  await shot(page, '07-nhap-phieu');
  // One paper more than returned: refused at Enter, with the figures and the two ways out.
  await page.keyboard.press('Enter');
  const refusal = page.getByRole('alert', { name: 'Phiếu chưa được lưu' });
  await expect(refusal).toContainText('Đã nhập 40 / 40 phiếu thu vào: phiếu đang gõ sẽ thành 41 phiếu, nên chưa được lưu.');
  await shot(page, '08-qua-so-phieu-thu-vao');
  // Esc clears the box: the paper was one too many.
  await page.keyboard.press('Escape');
  await expect(page.locator('#ballot-input')).toHaveValue('');
  await expect(page.getByTestId('election-entered')).toHaveText('40');

  // --- 7. Kết quả, kiểm tra, chốt --------------------------------------------------------------------
  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('status').filter({ hasText: 'Đã bầu đủ số lượng' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Những người trúng cử' }).getByRole('listitem')).toHaveCount(9);
  await expect(page.getByTestId('withdrawn-row')).toContainText('Đã rút sau khi in phiếu, không tính phiếu');
  await shot(page, '09-ket-qua');
  await page.getByRole('button', { name: 'Chốt kết quả' }).click();
  const lock = page.getByRole('dialog', { name: 'Chốt kết quả' });
  await expect(lock).toContainText('chỉ chủ tịch đoàn mở khóa được, bằng mã PIN và lý do');
  await expect(lock.getByLabel('Mã PIN của chủ tịch đoàn')).toBeFocused();
  await page.keyboard.type('246813');
  await expect(lock.getByRole('button', { name: /^Chưa chốt/ })).toBeVisible();
  await shot(page, '10-chot-ket-qua', lock);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã chốt kết quả').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mở khóa…' })).toBeVisible();

  // --- 8. Biên bản --------------------------------------------------------------------------------
  await page.getByRole('button', { name: 'Biên bản kiểm phiếu (PDF)' }).click();
  await expect(page.getByRole('note')).toHaveText('Bản chính thức: kết quả đã chốt.');
  await expect(page.locator('iframe.pdf-preview')).toBeVisible();
  await shot(page, '11-bien-ban');
  await page.keyboard.press('Escape');

  // --- 9. Trình chiếu --------------------------------------------------------------------------------
  await page.keyboard.press('Alt+p');
  const hall = page.getByRole('dialog', { name: 'Trình chiếu kết quả' });
  await expect(hall).toBeVisible();
  await expect(page.getByTestId('presentation-row')).toHaveCount(11);
  await shot(page, '12-trinh-chieu');
  await page.keyboard.press('Escape');
  await expect(hall).toBeHidden();

  // --- 6. Tổ & gộp ------------------------------------------------------------------------------------
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { name: 'Máy này và các gói dữ liệu' })).toBeVisible();
  await expect(page.getByLabel('Gói thiết lập cho máy của tổ')).toBeVisible();
  await shot(page, '13-to-va-gop');

  // --- the audit log, in sentences ---------------------------------------------------------------------
  await page.keyboard.press('Alt+6');
  await expect(page.getByText(/^Chốt kết quả bầu Ban Chấp hành Đảng bộ xã Hòa Tiến khóa V: trúng cử/).first()).toBeVisible();
  await shot(page, '14-nhat-ky');

  // --- 11. Sao lưu: the home screen lists the backups, the lock's among them ---------------------------
  await page.getByRole('button', { name: 'Kiểm phiếu', exact: true }).click();
  const backups = page.getByRole('region', { name: 'Sao lưu' });
  await expect(backups).toContainText('chốt kết quả');
  await shot(page, '15-sao-luu', backups);
  expect(errors).toEqual([]);
});

test('the guide\'s scanning: the sample folder of assets/mau/quet watched, a doubtful row decided, "cùng một tờ phiếu?" answered', async ({ page, shell }) => {
  test.setTimeout(600_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1366, height: 768 });
  const folder = join(shell.dataDir, 'may-quet');
  cpSync(join(MAU, 'quet'), folder, { recursive: true });
  await page.goto(shell.url);
  const load = page.getByRole('form', { name: 'Nạp tệp đại hội' });
  await load.getByLabel('Tệp đại hội (.json)').setInputFiles({ name: 'dai-hoi-quet.json', mimeType: 'application/json', buffer: readFileSync(join(MAU, 'dai-hoi-quet.json')) });
  await load.getByRole('button', { name: 'Nạp' }).click();
  await expect(page.getByRole('heading', { name: 'Các cuộc bầu' })).toBeVisible();

  await page.keyboard.press('Alt+9');
  await page.getByLabel('Người nhập').focus();
  await page.keyboard.type('Lê Văn Quét\n');
  await expect(page.getByLabel('Thư mục máy quét lưu ảnh')).toBeFocused();
  await page.getByRole('button', { name: 'Chọn thư mục…' }).click();
  const picker = page.getByRole('dialog', { name: 'Chọn thư mục máy quét lưu ảnh' });
  await picker.getByRole('button', { name: /may-quet/ }).click();
  await expect(picker.getByRole('button', { name: 'Dùng thư mục này (6 ảnh)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Bắt đầu theo dõi (Enter)' }).click();
  const counts = page.getByTestId('scan-counts');
  await expect(counts).toContainText('Ảnh đã nhận6');
  await expect(counts).toContainText('Đã tính3');
  await expect(counts).toContainText('Chờ xác nhận3');
  const table = page.getByRole('table', { name: 'Ảnh đã nhận' });
  await expect(table.getByRole('row', { name: /^phieu-006\.jpg/ })).toContainText('Gần như trùng với ảnh "phieu-001.png" (phiếu số 1)');
  await shot(page, '16-quet-phieu');

  // phieu-004: half of name 1 struck; the person looks and answers 1 (gạch), Enter counts it.
  await page.keyboard.press('F4');
  const review = page.getByRole('dialog', { name: 'Xác nhận phiếu quét: phieu-004.png' });
  await expect(review.getByTestId('doubted-rows')).toContainText('Dòng 1 — Trần Văn Bảy');
  await expect(review.getByTestId('scan-verdict')).toHaveText('Còn 1 dòng chưa quyết');
  await expect(review.getByRole('img', { name: 'Ảnh phiếu phieu-004.png' })).toBeVisible();
  await expect(review.locator('[data-label="c1"]')).toContainText('Dòng 1: chưa chắc');
  await shot(page, '17-xac-nhan-phieu-quet');
  await page.keyboard.press('1');
  await expect(review.getByTestId('scan-verdict')).toHaveText('HỢP LỆ');
  await page.keyboard.press('Enter');
  await expect(review).toHaveCount(0);

  // phieu-005: "giữ lại" written beside name 2: the committee keeps the name (0).
  await page.keyboard.press('F4');
  const keep = page.getByRole('dialog', { name: 'Xác nhận phiếu quét: phieu-005.png' });
  await expect(keep.getByTestId('doubted-rows')).toContainText('có chữ viết hoặc nét vẽ thêm trong dòng tên');
  await page.keyboard.press('0');
  await page.keyboard.press('Enter');
  await expect(keep).toHaveCount(0);

  // phieu-006: the same paper as phieu-001, scanned again after a jam: c, not counted twice.
  await page.keyboard.press('F4');
  const same = page.getByRole('dialog', { name: 'Xác nhận phiếu quét: phieu-006.jpg' });
  await expect(same.getByRole('group', { name: 'Cùng một tờ phiếu?' })).toBeFocused();
  await expect(same.getByRole('img', { name: 'Ảnh trước: phieu-001.png (phiếu số 1)' })).toBeVisible();
  await expect(same.getByRole('img', { name: 'Ảnh phiếu phieu-006.jpg' })).toBeVisible();
  await expect(same.getByText('Đang tải ảnh…')).toHaveCount(0);
  await shot(page, '18-cung-mot-to-phieu');
  await page.keyboard.press('c');
  await expect(same).toHaveCount(0);
  await expect(counts).toContainText('Đã tính5');
  await expect(counts).toContainText('Chờ xác nhận0');
  expect(errors).toEqual([]);
});
