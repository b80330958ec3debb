import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ARTIFACTS, expect, snapshot, test } from './browser-shell';
import { addTeam, pasteCandidates, setBallotFigures, lockWithPin, createNextRoundWithPin } from './steps';

/**
 * The counting committee's evening, by keyboard: a congress, an election of 15 seats with 17
 * names, 60 ballots (invalid ones and a stack among them), one corrected, the results with a tie,
 * the tie-break round, the lock, and everything still there after the program restarts.
 */
const NAMES = ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Phạm Minh Đức', 'Hoàng Thị Giao', 'Vũ Văn Hạnh', 'Đỗ Thị Hoa', 'Bùi Quang Khải', 'Ngô Thị Loan', 'Dương Văn Nhân', 'Lý Thị Oanh', 'Đặng Văn Phúc', 'Võ Thị Quyên', 'Trịnh Văn Sơn', 'Mai Thị Thu', 'Hồ Văn Uy', 'Cao Thị Xuân'];
const PASTED = [...NAMES].reverse().map((name, i) => (i % 3 === 0 ? `${name}, ${1960 + i}, ${name.includes('Thị') ? 'nữ' : 'nam'}` : name));

test('an operator counts an election from setup to a locked tie-break round, and a restart loses nothing', async ({ page, shell }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(shell.url);

  // --- a new congress file ---------------------------------------------------------------
  await expect(page.getByRole('heading', { name: 'Tạo hồ sơ đại hội mới' })).toBeVisible();
  await expect(page.getByLabel('Tên đại hội')).toBeFocused();
  await page.keyboard.type('Đại hội đại biểu Đảng bộ phường Hòa An lần thứ IV');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('6x');
  await expect(page.getByText('"6x" không phải số nguyên không âm')).toBeVisible();
  await page.keyboard.press('Backspace');
  await page.keyboard.type('2');
  await page.getByLabel('Mã PIN của chủ tịch đoàn (chốt và mở khóa kết quả)').focus();
  await page.keyboard.type('246813');
  await snapshot(page, '01-tao-ho-so');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Thiết lập đại hội' })).toBeVisible();

  // --- congress setup --------------------------------------------------------------------
  await page.getByLabel('Đảng bộ, chi bộ').focus();
  await page.keyboard.type('Đảng bộ phường Hòa An');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2025-2030');
  await page.getByRole('button', { name: '+ Thêm thành viên' }).press('Enter');
  await page.getByLabel('Họ và tên 1').focus();
  await page.keyboard.type('Nguyễn Văn Trưởng');
  await page.getByRole('button', { name: '+ Thêm thành viên' }).press('Enter');
  await page.getByLabel('Họ và tên 2').focus();
  await page.keyboard.type('Lê Thị Thành Viên');
  await expect(page.getByText('Trúng cử cần ít nhất 32 phiếu')).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Đã lưu thông tin đại hội')).toBeVisible();
  // What was saved stays on screen, with nothing left unsaved.
  await expect(page.getByLabel('Đảng bộ, chi bộ')).toHaveValue('Đảng bộ phường Hòa An');
  await expect(page.getByLabel('Họ và tên 2')).toHaveValue('Lê Thị Thành Viên');
  await expect(page.getByText(/Có thay đổi chưa lưu/)).toBeHidden();
  for (const team of ['Tổ 1', 'Tổ 2']) await addTeam(page, team);
  await snapshot(page, '02-thiet-lap-dai-hoi');

  // --- the election and its list ----------------------------------------------------------
  await page.keyboard.press('Alt+2');
  await page.getByLabel('Số lượng cần bầu').focus();
  await page.keyboard.type('15');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Bầu Ban Chấp hành Đảng bộ phường khóa IV');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Danh sách bầu cử \(0 người/ })).toBeVisible();
  await setBallotFigures(page, 62, 60);
  await pasteCandidates(page, PASTED);
  await expect(page.getByRole('heading', { name: 'Danh sách bầu cử (17 người trên phiếu, bầu 15)' })).toBeVisible();
  await expect(page.getByText('Danh sách bầu cử hợp lệ về số dư')).toBeVisible();
  await page.getByRole('button', { name: 'Xếp theo vần A, B, C' }).press('Enter');
  await expect(page.locator('.candidates tbody tr').first()).toContainText('Trần Văn Bảy');
  expect(await page.locator('.candidates tbody tr td:nth-child(2)').allInnerTexts()).toEqual(NAMES);
  await snapshot(page, '03-cuoc-bau-danh-sach');

  // --- entering 60 ballots -----------------------------------------------------------------
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { name: /Nhập phiếu: Bầu Ban Chấp hành/ })).toBeVisible();
  // Who enters, for which team: its own step, before the ballot box exists.
  await expect(page.getByLabel('Người nhập')).toBeFocused();
  await expect(page.locator('#ballot-input')).toHaveCount(0);
  await page.keyboard.type('Phạm Thị Nhập');
  await page.getByLabel('Tổ kiểm phiếu').selectOption({ label: 'Tổ 1' });
  await page.getByRole('button', { name: 'Bắt đầu nhập (Enter)' }).press('Enter');
  const input = page.locator('#ballot-input');
  await expect(input).toBeFocused();
  await expect(page.getByTestId('station-line')).toHaveText('Người nhập: Phạm Thị Nhập · Tổ: Tổ 1 đổi F2');
  // Each ballot is typed and entered; the status line names it by its numbers (one per paper) once it is stored.
  let number = 0;
  const enter = async (text: string, verdict: string) => {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    const count = Number(/\*(\d+)/.exec(text)?.[1] ?? 1);
    const numbers = count > 1 ? `${number + 1}–${number + count} \\(${count} phiếu giống nhau\\)` : String(number + 1);
    number += count;
    await expect(page.getByTestId('entry-status')).toHaveText(new RegExp(`^Đã lưu phiếu số ${numbers}: ${verdict}`));
  };
  // A stack of 20 identical ballots striking names 16 and 17; the verdict shows before Enter.
  await page.keyboard.type('16 17 *20');
  await expect(page.locator('#ballot-verdict')).toHaveText('HỢP LỆ · 20 phiếu giống nhau');
  await expect(page.getByLabel('16. Hồ Văn Uy (bị gạch)')).toBeVisible();
  await snapshot(page, '04-nhap-phieu-truoc-enter');
  await page.keyboard.press('Enter');
  number += 20;
  await expect(page.getByTestId('entry-status')).toHaveText('Đã lưu phiếu số 1–20 (20 phiếu giống nhau): HỢP LỆ');
  // The minutes of an open election are a draft, and cannot be printed while ballots are missing: the rehearsal printout is offered.
  await page.keyboard.press('Alt+5');
  await page.getByRole('button', { name: 'Biên bản kiểm phiếu (PDF)' }).press('Enter');
  await expect(page.getByRole('note')).toHaveText('Bản dự thảo: kết quả chưa chốt, mọi trang ghi "DỰ THẢO – CHƯA CHỐT KẾT QUẢ". Chốt kết quả để in bản chính thức.');
  const closingTime = page.getByRole('dialog').getByRole('group', { name: 'Biên bản kết thúc lúc' });
  await expect(closingTime.getByLabel('Ngày')).toHaveValue('');
  await expect(closingTime.getByLabel('Giờ')).toHaveValue('');
  await expect(page.getByText('Chưa thể in: các kiểm tra sau chưa đạt')).toBeVisible();
  await expect(page.getByRole('dialog')).toContainText('Đã nhập 20 phiếu nhưng số phiếu thu vào là 60');
  await page.getByRole('button', { name: 'In bản chạy thử (ghi rõ trên mọi trang)' }).press('Enter');
  await expect(page.locator('iframe.pdf-preview')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Bản in chạy thử' })).toBeChecked();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+3');
  await expect(input).toBeFocused();
  // 20 ballots striking 15 and 17, one of them mistyped as 15 16.
  for (let i = 0; i < 19; i++) await enter('15.17', 'HỢP LỆ$');
  await enter('15 16', 'HỢP LỆ$');
  // Another team from here on: F2, never a field beside the ballot box.
  await page.keyboard.press('F2');
  await page.getByRole('dialog').getByLabel('Tổ kiểm phiếu').selectOption({ label: 'Tổ 2' });
  await page.getByRole('dialog').getByLabel('Người nhập').press('Enter');
  await expect(input).toBeFocused();
  await expect(page.getByTestId('station-line')).toContainText('Tổ: Tổ 2');
  // 16 ballots striking two of the first fourteen names.
  for (let k = 0; k < 16; k++) await enter(`${(k % 14) + 1} ${((k + 1) % 14) + 1}`, 'HỢP LỆ$');
  // Four invalid ballots: nobody struck, everybody struck, a written-in name, a signed ballot.
  await enter('0', 'KHÔNG HỢP LỆ: Phiếu bầu nhiều hơn số lượng cần bầu');
  await enter('/', 'KHÔNG HỢP LỆ: Phiếu gạch hết tên');
  await enter('g', 'KHÔNG HỢP LỆ: Phiếu ghi thêm tên người ngoài danh sách');
  await enter('3 5 k', 'KHÔNG HỢP LỆ: Phiếu có ký tên');
  // A typo is refused with the reason, and nothing is stored.
  await page.keyboard.type('18');
  await expect(page.locator('#ballot-verdict')).toHaveText('Không có người số 18 (phiếu có 17 người)');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('election-entered')).toHaveText('60');
  await expect(page.getByTestId('election-valid')).toHaveText('56');
  await expect(page.getByTestId('election-invalid')).toHaveText('4');
  await expect(page.getByTestId('team-entered')).toHaveText('20');

  // Correct the mistyped ballot: find it by its number, load it, fix it, Enter.
  await page.keyboard.press('Control+f');
  await expect(page.getByLabel('Phiếu số')).toBeFocused();
  await page.keyboard.type('7');
  // A number inside a stack finds the stack.
  await expect(page.locator('.ballot-table tbody tr')).toHaveCount(1);
  await expect(page.locator('.ballot-table tbody tr td').first()).toHaveText('1–20');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('40');
  await expect(page.locator('.ballot-table tbody tr')).toHaveCount(1);
  await expect(page.locator('.ballot-table tbody tr')).toContainText('15 16');
  await snapshot(page, '05-tim-phieu');
  await page.keyboard.press('Enter');
  await expect(input).toHaveValue('15 16');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('entry-status')).toHaveText('Đã sửa phiếu số 40: HỢP LỆ');
  const liveVotes = (name: string) => page.locator('.live-results tr', { hasText: name }).locator('td').nth(2);
  await expect(liveVotes('Hồ Văn Uy')).toHaveText('36');
  await expect(liveVotes('Mai Thị Thu')).toHaveText('36');
  await expect(liveVotes('Cao Thị Xuân')).toHaveText('16');
  await snapshot(page, '06-nhap-phieu');

  // --- results: 14 elected, a tie for the last seat ------------------------------------------
  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('status').filter({ hasText: 'Bằng phiếu: các đồng chí Mai Thị Thu, Hồ Văn Uy cùng được 36 phiếu cho 1 chỗ còn lại' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Những người trúng cử' }).getByRole('listitem')).toHaveCount(14);
  await expect(page.getByTestId('results-valid')).toHaveText('56');
  await snapshot(page, '07-ket-qua-bang-phieu');
  await page.keyboard.press('Alt+p');
  await expect(page.getByRole('dialog', { name: 'Trình chiếu kết quả' })).toBeVisible();
  await snapshot(page, '08-trinh-chieu');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Trình chiếu kết quả' })).toBeHidden();

  // --- the tie-break round ----------------------------------------------------------------
  await page.getByRole('button', { name: 'Tạo vòng bầu lại…' }).press('Enter');
  await expect(page.getByRole('dialog')).toContainText('bầu 1 trong 2 người');
  await snapshot(page, '09-tao-vong-bau-lai');
  await createNextRoundWithPin(page);
  await expect(page.getByText('Đã tạo vòng bầu mới')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Danh sách bầu cử \(2 người trên phiếu, bầu 1\)/ })).toBeVisible();
  await setBallotFigures(page, 62, 60);
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { name: 'Nhập phiếu: Bầu Ban Chấp hành Đảng bộ phường khóa IV (vòng 2: bầu lại do bằng phiếu)', exact: true })).toBeVisible();
  await expect(input).toBeFocused();
  number = 0;
  await enter('1 *25', 'HỢP LỆ$');
  await enter('2 *35', 'HỢP LỆ$');
  await page.keyboard.press('Alt+5');
  const resultsHeading = page.getByRole('heading', { name: /^Kết quả: Bầu Ban Chấp hành Đảng bộ phường khóa IV \(vòng 2: bầu lại do bằng phiếu\)/ });
  await expect(resultsHeading).toBeVisible();
  expect((await resultsHeading.innerText()).match(/vòng/g)).toHaveLength(1);
  await expect(page.getByRole('status').filter({ hasText: 'Đã bầu đủ số lượng cần bầu ở vòng này: 1 đồng chí' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Những người trúng cử' })).toContainText('Mai Thị Thu: 35 phiếu');
  await lockWithPin(page);
  await expect(page.getByText('Đã chốt kết quả')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mở khóa…' })).toBeVisible();
  const fingerprint = await page.getByTestId('fingerprint').innerText();
  await snapshot(page, '10-ket-qua-da-chot');

  // The official minutes: previewed, then saved; the file carries the results and the fingerprint.
  await page.getByRole('button', { name: 'Biên bản kiểm phiếu (PDF)' }).press('Enter');
  await expect(page.getByRole('note')).toHaveText('Bản chính thức: kết quả đã chốt.');
  await expect(page.locator('iframe.pdf-preview')).toBeVisible();
  await snapshot(page, '10b-bien-ban-xem-truoc');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lưu tệp PDF (Ctrl+S)' }).press('Enter');
  const saved = await download;
  const pdfPath = join(ARTIFACTS, saved.suggestedFilename());
  await saved.saveAs(pdfPath);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).normalize('NFC');
  expect(text).toContain('BIÊN BẢN KIỂM PHIẾU');
  expect(text).toContain('Mai Thị Thu');
  expect(text).toContain(fingerprint);
  expect(text).not.toContain('CHẠY THỬ');
  expect(text).not.toContain('DỰ THẢO');
  expect(saved.suggestedFilename()).toBe('bien-ban-kiem-phieu-ban-chap-hanh-dang-bo-phuong-khoa-iv-vong-2.pdf');
  await page.keyboard.press('Escape');

  // A locked election refuses entries.
  await page.keyboard.press('Alt+3');
  await expect(page.getByText('Cuộc bầu đã chốt kết quả: không nhập thêm được.')).toBeVisible();
  await expect(input).toBeDisabled();
  await page.keyboard.press('Alt+6');
  await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).press('Enter');
  await expect(page.getByText(/Hồ sơ nguyên vẹn/)).toBeVisible();
  await snapshot(page, '11-nhat-ky');

  // Something typed and not saved yet...
  await page.keyboard.press('Alt+1');
  await page.getByLabel('Địa điểm').focus();
  await page.keyboard.type('Hội trường phường');

  // --- the program restarts: everything is still there --------------------------------------
  await shell.stop();
  const url = await shell.start();
  await page.goto(url);
  await page.getByRole('button', { name: /Đại hội đại biểu Đảng bộ phường Hòa An lần thứ IV/ }).press('Enter');
  // Where the work was left: the congress setup (finding 8).
  await expect(page.getByRole('heading', { name: 'Thiết lập đại hội' })).toBeVisible();
  await page.keyboard.press('Alt+5');
  await page.getByLabel('Chọn cuộc bầu').selectOption({ index: 0 });
  await expect(page.getByRole('status').filter({ hasText: 'Bằng phiếu: các đồng chí Mai Thị Thu, Hồ Văn Uy' })).toBeVisible();
  await expect(page.getByTestId('results-valid')).toHaveText('56');
  await expect(page.getByTestId('results-invalid')).toHaveText('4');
  await page.getByLabel('Chọn cuộc bầu').selectOption({ index: 1 });
  await expect(page.getByRole('status').filter({ hasText: 'Đã bầu đủ số lượng cần bầu ở vòng này: 1 đồng chí' })).toBeVisible();
  await expect(page.getByTestId('fingerprint')).toHaveText(fingerprint);
  await expect(page.getByRole('button', { name: 'Mở khóa…' })).toBeVisible();
  await snapshot(page, '12-sau-khi-khoi-dong-lai');
  // ...is still there, marked as not saved.
  await page.keyboard.press('Alt+1');
  await expect(page.getByLabel('Địa điểm')).toHaveValue('Hội trường phường');
  await expect(page.getByText(/Có thay đổi chưa lưu/)).toBeVisible();
  expect(errors).toEqual([]);
});
