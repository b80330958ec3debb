import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ARTIFACTS, expect, test, resizeTo } from './browser-shell';
import { pasteCandidates } from './steps';

/**
 * The forms speak Vietnamese whatever the browser's language: dates typed dd/mm/yyyy and times
 * HH:mm (24 hours) in the program's own boxes, file choosers labelled in Vietnamese, the exclusion
 * reasons of the regulation offered for the kind of congress, and nothing cut: the whole congress
 * name in the header, the whole of a long reason. Each screen photographed at 1366×768 and
 * 1920×1080.
 */
const LONG_NAME = 'Đại hội đại biểu Đảng bộ Khối các cơ quan và doanh nghiệp thành phố Hồ Chí Minh lần thứ XVII, nhiệm kỳ 2025 - 2030';
const SMALL = { width: 1366, height: 768 };
const LARGE = { width: 1920, height: 1080 };
const SCREENS = [SMALL, LARGE];

/** The notices of what was just done go by themselves a few seconds later: left out of the pictures. */
async function screenshot(page: Page, file: string): Promise<void> {
  const notices = page.locator('.toasts');
  await notices.evaluate((el: HTMLElement) => (el.style.visibility = 'hidden'));
  await page.screenshot({ path: join(ARTIFACTS, file) });
  await notices.evaluate((el: HTMLElement) => (el.style.visibility = ''));
}

/**
 * The screen at both window sizes: what the window shows, and (in a window as tall as the page,
 * so that the bar of buttons kept at the window's foot sits under the form, as when scrolled to
 * the end) the whole page. Back at 1366×768 after.
 */
async function snapshots(page: Page, name: string): Promise<void> {
  for (const size of [LARGE, SMALL]) {
    await resizeTo(page, size);
    await screenshot(page, `${name}-${size.width}x${size.height}.png`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height > size.height) {
      await resizeTo(page, { width: size.width, height });
      await screenshot(page, `${name}-${size.width}-ca-trang.png`);
    }
  }
  await resizeTo(page, SMALL);
}

/** Text that fits its box: no part of it hidden behind the box's edge. */
async function expectWhole(box: Locator): Promise<void> {
  const overflow = await box.evaluate((el) => ({ x: el.scrollWidth - el.clientWidth, y: el.scrollHeight - el.clientHeight }));
  expect(overflow.x).toBeLessThanOrEqual(1);
  expect(overflow.y).toBeLessThanOrEqual(1);
}

/** A select showing its chosen option whole: at least as wide as the browser makes a select holding that option only. */
async function expectChoiceWhole(select: Locator): Promise<void> {
  const { shown, needed } = await select.evaluate((el: HTMLSelectElement) => {
    const alone = el.cloneNode(false) as HTMLSelectElement;
    alone.append(new Option(el.selectedOptions[0]?.text ?? ''));
    Object.assign(alone.style, { position: 'absolute', visibility: 'hidden', width: 'auto', maxWidth: 'none', minWidth: '0', flex: 'none' });
    el.parentElement?.append(alone);
    const width = alone.getBoundingClientRect().width;
    alone.remove();
    return { shown: el.getBoundingClientRect().width, needed: width };
  });
  expect(shown).toBeGreaterThanOrEqual(needed - 0.5);
}

async function windowShot(page: Page, name: string): Promise<void> {
  const { width, height } = page.viewportSize() ?? SMALL;
  await screenshot(page, `${name}-${width}x${height}.png`);
}

test.use({ viewport: SMALL });

test('dates typed as dd/mm/yyyy, times as HH:mm, Vietnamese file choosers, the regulation’s exclusions, nothing cut', async ({ page, shell }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(shell.url);

  // --- home: every file chooser in Vietnamese ---------------------------------------------
  const load = page.getByRole('form', { name: 'Nạp tệp đại hội' });
  await expect(load.getByRole('button', { name: 'Chọn tệp…' })).toBeVisible();
  await expect(load.getByText('Chưa chọn tệp')).toBeVisible();
  const station = page.getByRole('form', { name: 'Máy trạm: tạo hồ sơ từ gói thiết lập' });
  await expect(station.getByRole('button', { name: 'Chọn tệp…' })).toBeVisible();
  await expect(station.getByText('Chưa chọn tệp')).toBeVisible();
  await expect(page.getByText(/Choose File|No file chosen|Browse/)).toHaveCount(0);
  await load.getByLabel('Tệp đại hội (.json)').setInputFiles({ name: 'dai-hoi-cu.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
  await expect(load.getByText('dai-hoi-cu.json', { exact: true })).toBeVisible();
  await expect(load.getByText('Chưa chọn tệp')).toHaveCount(0);
  await snapshots(page, 'v-01-trang-dau');

  // --- a congress with a long name --------------------------------------------------------
  await page.getByLabel('Tên đại hội').focus();
  await page.keyboard.type(LONG_NAME);
  await page.getByLabel('Số được triệu tập').focus();
  await page.keyboard.type('150');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Thiết lập đại hội' })).toBeVisible();

  // The header shows the whole name, wrapped if need be, at both sizes.
  const header = page.locator('.topbar .congress-name');
  for (const size of SCREENS) {
    await resizeTo(page, size);
    await expect(header).toHaveText(LONG_NAME);
    await expectWhole(header);
    const box = await header.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(size.width);
  }
  await resizeTo(page, SMALL);

  // --- the congress date: dd/mm/yyyy, real days only, said in Vietnamese ------------------
  const date = page.getByLabel('Ngày', { exact: true });
  await expect(date).toHaveAttribute('type', 'text');
  await expect(date).toHaveAttribute('placeholder', 'nn/tt/nnnn');
  await expect(page.getByText('ngày/tháng/năm, ví dụ 20/06/2025')).toBeVisible();
  await date.focus();
  await page.keyboard.type('31/02/2025');
  await page.keyboard.press('Tab');
  await expect(page.getByText('tháng 2/2025 có 28 ngày, không có ngày 31')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lưu (Ctrl+S)' })).toBeDisabled();
  await windowShot(page, 'v-02-ngay-sai');
  await date.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('20/6/2025');
  await page.keyboard.press('Tab');
  await expect(date).toHaveValue('20/06/2025');
  await expect(page.getByText('tháng 2/2025 có 28 ngày')).toHaveCount(0);

  // --- the exclusions: the regulation's reasons for a delegates' congress, then a members' ---
  const exclusions = page.getByRole('group', { name: 'Trừ khỏi số được triệu tập' });
  const offered = exclusions.getByLabel('Lý do theo Quy chế bầu cử');
  await expect(offered.locator('option')).toHaveText([
    'Cấp ủy viên cấp triệu tập đại hội vắng mặt suốt thời gian đại hội',
    'Đại biểu chính thức vắng mặt suốt thời gian đại hội không có đại biểu dự khuyết thay thế',
    'Lý do khác (tự ghi)',
  ]);
  await offered.selectOption({ index: 1 });
  await expectChoiceWhole(offered);
  await offered.scrollIntoViewIfNeeded();
  await windowShot(page, 'v-03-ly-do-theo-quy-che');
  await exclusions.getByRole('button', { name: '+ Thêm trường hợp loại trừ' }).press('Enter');
  // The count is next to type; the reason is there whole.
  await page.keyboard.type('3');
  const reason1 = exclusions.getByLabel('Lý do 1', { exact: true });
  await expect(reason1).toHaveValue('Đại biểu chính thức vắng mặt suốt thời gian đại hội không có đại biểu dự khuyết thay thế');
  await expectWhole(reason1);
  await offered.selectOption({ label: 'Lý do khác (tự ghi)' });
  await exclusions.getByRole('button', { name: '+ Thêm trường hợp loại trừ' }).press('Enter');
  await expect(exclusions.getByLabel('Lý do 2', { exact: true })).toBeFocused();
  await page.keyboard.type('Đại biểu chính thức được cử đi học tập dài hạn ở nước ngoài, có quyết định của cấp có thẩm quyền, vắng mặt suốt thời gian đại hội');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await expectWhole(exclusions.getByLabel('Lý do 2', { exact: true }));
  await expect(exclusions).toContainText('Số cơ sở tính kết quả: 146. Trúng cử cần ít nhất 74 phiếu');
  await expect(page.getByText(/RULES|R2|R3/)).toHaveCount(0);
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Đã lưu thông tin đại hội')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Ngày', { exact: true })).toHaveValue('20/06/2025');
  await expect(page.getByRole('group', { name: 'Trừ khỏi số được triệu tập' }).getByLabel('Lý do 1', { exact: true })).toHaveValue(/^Đại biểu chính thức vắng mặt/);
  await snapshots(page, 'v-03-thiet-lap-dai-hoi');
  await page.getByLabel('Loại đại hội').selectOption('members');
  await expect(offered.locator('option')).toHaveCount(5);
  await expect(offered.locator('option').first()).toHaveText('Đảng viên được giới thiệu sinh hoạt tạm thời ở đảng bộ khác');
  await page.getByRole('button', { name: 'Bỏ thay đổi' }).press('Enter');

  // --- an election: no code of the rules on its settings -----------------------------------
  await page.keyboard.press('Alt+2');
  await page.getByLabel('Số lượng cần bầu').focus();
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Bầu Ban Chấp hành Đảng bộ Khối các cơ quan và doanh nghiệp thành phố khóa XVII, nhiệm kỳ 2025 - 2030');
  await page.keyboard.press('Enter');
  await pasteCandidates(page, ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Phạm Minh Đức']);
  await expect(page.getByText('phiếu không hợp lệ (mặc định)')).toBeVisible();
  await expect(page.getByText(/RULES/)).toHaveCount(0);
  await snapshots(page, 'v-04-cuoc-bau');

  // --- the audit log: moments as dd/mm/yyyy HH:mm, filters typed the same way ------------------
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { name: 'Nhật ký thay đổi' })).toBeVisible();
  for (const size of SCREENS) {
    await resizeTo(page, size);
    await expectChoiceWhole(page.getByLabel('Chọn cuộc bầu'));
  }
  await resizeTo(page, SMALL);
  const times = page.locator('.audit-table tbody td:nth-child(2)');
  await expect(times.first()).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  const shown = await page.locator('.audit-table tbody tr').count();
  expect(shown).toBeGreaterThan(3);
  const from = page.getByRole('group', { name: 'Từ lúc' });
  const to = page.getByRole('group', { name: 'Đến lúc' });
  // Until 31/12/1999: none of today's events; from 01/01/2000 07:30: all of them.
  await to.getByLabel('Ngày').focus();
  await page.keyboard.type('31/12/1999');
  await expect(page.getByText('0 sự kiện khớp bộ lọc, mới nhất ở trên.')).toBeVisible();
  await to.getByLabel('Ngày').fill('');
  await expect(page.locator('.audit-table tbody tr')).toHaveCount(shown);
  await from.getByLabel('Ngày').focus();
  await page.keyboard.type('1/1/2000');
  await page.keyboard.press('Tab');
  await expect(from.getByLabel('Giờ')).toBeFocused();
  await page.keyboard.type('25:00');
  await page.keyboard.press('Tab');
  await expect(from).toContainText('không có 25 giờ: giờ từ 0 đến 23');
  await expect(from.getByLabel('Ngày')).toHaveValue('01/01/2000');
  await windowShot(page, 'v-05-nhat-ky-gio-sai');
  await from.getByLabel('Giờ').fill('7h30');
  await page.keyboard.press('Tab');
  await expect(from.getByLabel('Giờ')).toHaveValue('07:30');
  await expect(page.locator('.audit-table tbody tr')).toHaveCount(shown);
  await snapshots(page, 'v-05-nhat-ky');

  // --- the minutes' closing time -------------------------------------------------------------
  await page.keyboard.press('Alt+5');
  await page.getByRole('button', { name: 'Biên bản kiểm phiếu (PDF)' }).press('Enter');
  const closing = page.getByRole('dialog').getByRole('group', { name: 'Biên bản kết thúc lúc' });
  // Blank unless given: the committee may write it by hand.
  await expect(closing.getByLabel('Ngày')).toHaveValue('');
  await expect(closing.getByLabel('Giờ')).toHaveValue('');
  await closing.getByLabel('Giờ').fill('22:45');
  await closing.getByLabel('Ngày').fill('20/06/2025');
  await expect(closing.getByLabel('Giờ')).toHaveValue('22:45');
  await expect(page.getByRole('dialog').locator('iframe, .notice')).toBeVisible();
  await snapshots(page, 'v-06-bien-ban-gio-ket-thuc');
  await page.keyboard.press('Escape');

  // --- teams: the stations' packages chosen in Vietnamese -------------------------------------
  await page.keyboard.press('Alt+7');
  const merge = page.getByRole('region', { name: 'Gộp gói của các máy trạm' });
  await expect(merge.getByRole('button', { name: 'Chọn các tệp…' })).toBeVisible();
  await expect(merge.getByText('Chưa chọn tệp')).toBeVisible();
  await snapshots(page, 'v-07-to-va-gop');

  // --- home with the file open: the backups' moments as dd/mm/yyyy HH:mm ----------------------
  await page.getByRole('button', { name: 'Kiểm phiếu', exact: true }).press('Enter');
  const backups = page.getByRole('region', { name: 'Sao lưu' });
  await backups.getByRole('button', { name: 'Sao lưu ngay' }).press('Enter');
  await expect(backups.locator('tbody tr td').first()).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  await snapshots(page, 'v-08-ho-so-dang-mo');

  // --- the Excel import's file chooser ---------------------------------------------------------
  await page.getByRole('button', { name: 'Nhập từ bảng tính Excel…' }).press('Enter');
  const excel = page.getByRole('region', { name: 'Nhập từ bảng tính Excel' });
  await expect(excel.getByText('Chưa chọn tệp')).toBeVisible();
  await snapshots(page, 'v-09-nhap-excel');
  // A sheet whose titles are in capitals: the congress name and the title proposed as Party documents write them.
  await excel.getByLabel('Bảng tính (.xlsx)').setInputFiles(join(process.cwd(), 'assets', 'samples', 'bang-kiem-phieu-bch.xlsx'));
  await expect(excel.getByLabel('Tên đại hội')).toHaveValue('Đại hội Đảng bộ phường Hòa An');
  await expect(excel.getByLabel('Tiêu đề', { exact: true })).toHaveValue('Bầu Ban Chấp hành Đảng bộ phường khóa III, nhiệm kỳ 2025 - 2030');
  await expectWhole(excel.getByLabel('Tiêu đề', { exact: true }));
  await snapshots(page, 'v-10-xem-truoc-excel');
  expect(errors).toEqual([]);
});
