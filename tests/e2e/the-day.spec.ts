import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, test, resizeTo } from './browser-shell';
import { addTeam, pasteCandidates, setBallotFigures, typeInto, lockWithPin, createNextRoundWithPin } from './steps';

/**
 * The day of issue 11, by keyboard, at each size of the counting rooms' screens: a delegates'
 * congress (120 summoned, 2 excluded, base 118), 16 names for 14 seats, 100 ballots with a tie for
 * the 14th seat, the tie-break round, the lock, both rounds' minutes saved side by side, the
 * summary listing all 14, the final result announced, and the file reopened where the work was left.
 */
const NAMES = [
  'Bùi Quang Khải', 'Cao Thị Xuân', 'Dương Văn Nhân', 'Đặng Văn Phúc', 'Đỗ Thị Hoa', 'Hoàng Thị Giao', 'Hồ Văn Uy', 'Lê Thị Cúc',
  'Lý Thị Oanh', 'Mai Thị Thu', 'Ngô Thị Loan', 'Nguyễn Hữu Duy', 'Phạm Minh Đức', 'Trần Văn Bảy', 'Trịnh Văn Sơn', 'Vũ Văn Hạnh',
];
const CONGRESS = 'Đại hội đại biểu Đảng bộ phường Hòa An lần thứ III';
const TITLE = 'Bầu Ban Chấp hành Đảng bộ phường khóa III, nhiệm kỳ 2025 - 2030';
/** Base 118: elected with at least 60 votes. */
const BASE = 118;

/**
 * Round 1's 100 papers, as typed (numbers struck; "*10" a stack of ten identical papers):
 * 40 strike 15 and 16, 40 strike 14 and 16, 20 strike 1 and 16. Names 1 to 13 are elected (80 or
 * 100 votes); 14 (Trần Văn Bảy) and 15 (Trịnh Văn Sơn) have 60 each for the one seat left: a tie.
 */
const ROUND_1 = [...Array.from({ length: 4 }, () => '15 16 *10'), ...Array.from({ length: 40 }, () => '14 16'), ...Array.from({ length: 20 }, () => '1 16')];
/** The tie-break (1 seat, 2 names: Trần Văn Bảy, Trịnh Văn Sơn): 70 papers strike the second, 30 the first. */
const ROUND_2 = ['2 *70', '1 *30'];

const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

async function shot(page: Page, name: string, size: { width: number }): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `ngay-${size.width}-${name}.png`) });
}

/** The presentation's name rows not wholly inside the window. */
async function rowsOutsideWindow(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLTableRowElement>('[data-testid="presentation-row"]')]
      .filter((row) => {
        const box = row.getBoundingClientRect();
        return box.top < 0 || box.left < 0 || box.bottom > window.innerHeight || box.right > window.innerWidth;
      })
      .map((row) => row.cells[1]?.textContent ?? ''),
  );
}

/** The ballots typed in one burst as the operator does, then every paper found stored. */
async function typeBallots(page: Page, lines: readonly string[], papers: number): Promise<void> {
  await expect(page.locator('#ballot-input')).toBeFocused();
  await page.keyboard.type(lines.map((line) => `${line}\n`).join(''));
  await expect(page.getByTestId('election-entered')).toHaveText(String(papers));
}

/** Opens a paper's dialog by its button, saves the PDF it previews; returns the saved file's path and its text. */
async function savePaper(page: Page, button: string, note?: string): Promise<{ path: string; text: string }> {
  await page.getByRole('button', { name: button }).press('Enter');
  if (note !== undefined) await expect(page.getByRole('note')).toHaveText(note);
  await expect(page.locator('iframe.pdf-preview')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lưu tệp PDF (Ctrl+S)' }).press('Enter');
  const saved = await download;
  const path = join(ARTIFACTS, 'ngay', saved.suggestedFilename());
  await saved.saveAs(path);
  await page.keyboard.press('Escape');
  return { path, text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).normalize('NFC') };
}

/** The official minutes of the election shown on the results screen, saved. */
function saveMinutes(page: Page): Promise<{ path: string; text: string }> {
  return savePaper(page, 'Biên bản kiểm phiếu (PDF)', 'Bản chính thức: kết quả đã chốt.');
}

for (const size of SCREENS) {
  test(`the day at ${size.width}×${size.height}: 100 ballots, a tie at the 14th seat, the tie-break, the lock, the papers, the file reopened`, async ({ page, shell }) => {
    test.setTimeout(600_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await resizeTo(page, size);
    await page.goto(shell.url);

    // --- the congress: 120 summoned, 2 excluded --------------------------------------------
    await expect(page.getByLabel('Tên đại hội')).toBeFocused();
    await page.keyboard.type(CONGRESS);
    await typeInto(page, 'Số được triệu tập', '120');
    await typeInto(page, 'Mã PIN của chủ tịch đoàn (chốt và mở khóa kết quả)', '246813');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Thiết lập đại hội' })).toBeVisible();
    await typeInto(page, 'Đảng bộ, chi bộ', 'Đảng bộ phường Hòa An');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2025-2030');
    const exclusions = page.getByRole('group', { name: 'Trừ khỏi số được triệu tập' });
    await exclusions.getByLabel('Lý do theo Quy chế bầu cử').selectOption({ index: 1 });
    await exclusions.getByRole('button', { name: '+ Thêm trường hợp loại trừ' }).press('Enter');
    await page.keyboard.type('2');
    await expect(exclusions).toContainText(`Số cơ sở tính kết quả: ${BASE}. Trúng cử cần ít nhất 60 phiếu`);
    await page.keyboard.press('Control+s');
    await expect(page.getByText('Đã lưu thông tin đại hội')).toBeVisible();
    await addTeam(page, 'Tổ 1');
    await shot(page, '01-thiet-lap', size);

    // --- the election: 16 names for 14 seats -------------------------------------------------
    await page.keyboard.press('Alt+2');
    await typeInto(page, 'Số lượng cần bầu', '14');
    await page.keyboard.press('Tab');
    await page.keyboard.type(TITLE);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /Danh sách bầu cử \(0 người/ })).toBeVisible();
    await setBallotFigures(page, 110, 100);
    await pasteCandidates(page, NAMES);
    await expect(page.getByRole('heading', { name: 'Danh sách bầu cử (16 người trên phiếu, bầu 14)' })).toBeVisible();
    // Each success replaces the one before: the notices never pile up over the screen.
    expect(await page.locator('.toast-ok').count()).toBeLessThanOrEqual(1);
    await shot(page, '02-danh-sach', size);

    // --- 100 papers by keyboard, right after the screen opens -----------------------------------
    await page.keyboard.press('Alt+3');
    await expect(page.getByLabel('Người nhập')).toBeFocused();
    await page.keyboard.type('Phạm Thị Nhập');
    await page.getByLabel('Tổ kiểm phiếu').selectOption({ label: 'Tổ 1' });
    await page.getByLabel('Người nhập').press('Enter');
    await typeBallots(page, ROUND_1, 100);
    await expect(page.getByTestId('election-valid')).toHaveText('100');
    // Every paper its own number: the last stack is 31–40, the last paper 100.
    await page.keyboard.press('Control+f');
    await page.keyboard.type('35');
    await expect(page.locator('.ballot-table tbody tr td').first()).toHaveText('31–40');
    await page.keyboard.press('Escape');
    await shot(page, '03-nhap-phieu', size);

    // --- results: 13 elected, a tie for the 14th seat -------------------------------------------
    await page.keyboard.press('Alt+5');
    await expect(page.getByRole('status').filter({ hasText: 'Bằng phiếu: các đồng chí Trần Văn Bảy, Trịnh Văn Sơn cùng được 60 phiếu cho 1 chỗ còn lại' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Những người trúng cử' }).getByRole('listitem')).toHaveCount(13);
    await shot(page, '04-ket-qua-bang-phieu', size);
    // The presentation: the provisional result only on the chair's choice, marked; all 16 rows and the tie on this screen.
    await page.keyboard.press('Alt+p');
    const presentation = page.getByRole('dialog', { name: 'Trình chiếu kết quả' });
    await presentation.getByRole('button', { name: 'Trình chiếu kết quả tạm thời' }).press('Enter');
    await expect(presentation.getByRole('note')).toContainText('KẾT QUẢ TẠM THỜI – CHƯA CHỐT');
    await expect(page.getByTestId('presentation-row')).toHaveCount(16);
    expect(await rowsOutsideWindow(page)).toEqual([]);
    await expect(page.getByTestId('presentation-outcome')).toContainText('Bằng phiếu: các đồng chí Trần Văn Bảy, Trịnh Văn Sơn');
    await expect(page.getByTestId('presentation-outcome')).toBeInViewport({ ratio: 1 });
    await shot(page, '05-trinh-chieu-vong-1', size);
    await page.keyboard.press('Escape');
    await expect(presentation).toBeHidden();

    // --- the tie-break round -----------------------------------------------------------------
    await page.getByRole('button', { name: 'Tạo vòng bầu lại…' }).press('Enter');
    await expect(page.getByRole('dialog')).toContainText('bầu 1 trong 2 người');
    await createNextRoundWithPin(page, undefined, () => shot(page, '05b-vong-moi-ma-pin', size));
    await expect(page.getByText('Đã tạo vòng bầu mới')).toBeVisible();
    await setBallotFigures(page, 110, 100);
    await page.keyboard.press('Alt+3');
    await expect(page.getByRole('heading', { name: `Nhập phiếu: ${TITLE} (vòng 2: bầu lại do bằng phiếu)`, exact: true })).toBeVisible();
    await typeBallots(page, ROUND_2, 100);
    await page.keyboard.press('Alt+5');
    await expect(page.getByRole('status').filter({ hasText: 'Đã bầu đủ số lượng cần bầu ở vòng này: 1 đồng chí' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Những người trúng cử' })).toContainText('Trần Văn Bảy: 70 phiếu');
    await lockWithPin(page, undefined, () => shot(page, '05c-chot-ma-pin', size));
    await expect(page.getByText('Đã chốt kết quả')).toBeVisible();
    // A locked result is never offered to be locked again.
    await expect(page.getByRole('region', { name: 'Kiểm tra' })).toContainText('Số liệu khớp; kết quả đã chốt');
    await expect(page.getByText('có thể chốt kết quả')).toHaveCount(0);
    await shot(page, '06-vong-2-da-chot', size);

    // --- both rounds' minutes, saved side by side ------------------------------------------------
    const round2 = await saveMinutes(page);
    await page.getByLabel('Chọn cuộc bầu').selectOption({ index: 0 });
    await expect(page.getByRole('status').filter({ hasText: 'Bằng phiếu' })).toBeVisible();
    const round1 = await saveMinutes(page);
    expect(round1.path).not.toBe(round2.path);
    expect(existsSync(round1.path) && existsSync(round2.path)).toBe(true);
    expect(round1.text).toContain('Trịnh Văn Sơn');
    expect(round1.text).not.toContain('DỰ THẢO');
    expect(round2.text).toContain('vòng 2');
    expect(round2.text).not.toContain('DỰ THẢO');

    // --- the final result: all 14 across both rounds, on the screen and in the summary ------------
    const final = page.getByTestId('final-result');
    await expect(final).toContainText('Đã bầu đủ 14 đồng chí Ban Chấp hành Đảng bộ phường khóa III, nhiệm kỳ 2025-2030, qua 2 vòng bầu.');
    await expect(final.locator('tbody tr')).toHaveCount(14);
    await expect(final.locator('tbody tr').last()).toContainText('Trần Văn Bảy70vòng 2');
    await expect(final.getByText(/TẠM THỜI/)).toHaveCount(0);
    await shot(page, '07-ket-qua-cuoi-cung', size);
    const summary = (await savePaper(page, 'Tổng hợp đại hội (PDF)')).text.replace(/\s+/g, ' ');
    const finalPart = summary.slice(summary.indexOf('I. KẾT QUẢ CUỐI CÙNG'), summary.indexOf('II. KẾT QUẢ TỪNG VÒNG BẦU'));
    expect(finalPart).toContain('qua 2 vòng bầu');
    expect(finalPart).toMatch(/14 Trần Văn Bảy 70 vòng 2/);
    expect(finalPart).not.toContain('Trịnh Văn Sơn');

    // --- the chair announces the final result: round 2's presentation ends on all 14 -------------
    await page.getByLabel('Chọn cuộc bầu').selectOption({ index: 1 });
    await page.keyboard.press('Alt+p');
    await expect(presentation).toBeVisible();
    await expect(presentation.getByRole('note')).toHaveCount(0);
    await page.keyboard.press('End');
    const announced = presentation.getByTestId('final-result');
    await expect(announced.locator('tbody tr')).toHaveCount(14);
    await expect(announced).toBeInViewport({ ratio: 1 });
    await shot(page, '08-cong-bo-ket-qua-cuoi-cung', size);
    await page.keyboard.press('Escape');
    await expect(presentation).toBeHidden();

    // --- the file reopened: where the work was left (round 2's results), "vòng 2" whole ----------
    await page.keyboard.press('Alt+3');
    await expect(page.getByRole('heading', { name: `Nhập phiếu: ${TITLE} (vòng 2: bầu lại do bằng phiếu)`, exact: true })).toBeVisible();
    await shell.stop();
    await page.goto(await shell.start());
    await page.getByRole('button', { name: new RegExp(CONGRESS) }).first().press('Enter');
    await expect(page.getByRole('heading', { name: `Nhập phiếu: ${TITLE} (vòng 2: bầu lại do bằng phiếu)`, exact: true })).toBeVisible();
    await expect(page.getByText('Cuộc bầu đã chốt kết quả: không nhập thêm được.')).toBeVisible();
    // On the entry screen the election is a button naming it (a change is its own step, F4).
    const picker = page.getByRole('button', { name: /^Nhập phiếu vào / });
    await expect(picker).toBeInViewport({ ratio: 1 });
    expect(await picker.evaluate((button) => button.scrollWidth <= button.clientWidth)).toBe(true);
    await expect(picker).toContainText('(vòng 2: bầu lại do bằng phiếu)');
    await shot(page, '09-mo-lai', size);
    expect(errors).toEqual([]);
  });
}
