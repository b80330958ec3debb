import type { Page } from '@playwright/test';
import { expect, snapshotSizes, test, resizeTo } from './browser-shell';
import { tieBreakFile } from './setup/run-setup';

/**
 * Finding 8 of issue 11: reopening the file landed on round 1 (closed: its tie-break exists) with
 * the ballot box disabled, and the round picker cut "vòng 2" away. Reopened, a file lands where its
 * work was left (screen and round); with nothing remembered, on the latest open round; the picker
 * shows whole titles at 1366×768 and 1920×1080.
 */
const ROUND_2 = 'Bầu Ban Chấp hành Đảng bộ phường Hòa An khóa IV (vòng 2: bầu lại do bằng phiếu)';
const ROUND_1 = 'Bầu Ban Chấp hành Đảng bộ phường Hòa An khóa IV';

/** The election named on the entry screen (a button: a change is its own step, F4), and whether all of it shows inside the window. */
async function entryElectionShowsWhole(page: Page): Promise<{ text: string; whole: boolean; detail: string }> {
  return page.getByRole('button', { name: /^Nhập phiếu vào / }).evaluate((button) => {
    const text = button.querySelector('#entry-election-name')?.textContent ?? '';
    const box = button.getBoundingClientRect();
    const inWindow = box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth && box.bottom <= window.innerHeight;
    return { text, whole: button.scrollWidth <= button.clientWidth && inWindow, detail: `scroll ${button.scrollWidth}px, client ${button.clientWidth}px, box ${JSON.stringify(box)}` };
  });
}

/** The picker's chosen title, and whether all of it shows: its text no wider than the list's inside, the list inside the window. */
async function pickerShowsWhole(page: Page): Promise<{ text: string; whole: boolean; detail: string }> {
  if ((await page.getByLabel('Chọn cuộc bầu').count()) === 0) return entryElectionShowsWhole(page);
  return page.getByLabel('Chọn cuộc bầu').evaluate((element) => {
    const select = element as HTMLSelectElement;
    const text = select.selectedOptions[0]?.textContent ?? '';
    const style = getComputedStyle(select);
    const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const textWidth = context.measureText(text).width;
    // Inside the list: its width less the padding and the arrow (about 1.2em).
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.2 * parseFloat(style.fontSize);
    const box = select.getBoundingClientRect();
    const inWindow = box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth && box.bottom <= window.innerHeight;
    return { text, whole: textWidth <= room && inWindow, detail: `text ${textWidth.toFixed(0)}px, room ${room.toFixed(0)}px, box ${JSON.stringify(box)}` };
  });
}

async function expectWholePicker(page: Page, title: string): Promise<void> {
  for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    await resizeTo(page, size);
    const picker = await pickerShowsWhole(page);
    expect(picker.text.startsWith(title)).toBe(true);
    expect(picker.whole, `${size.width}×${size.height}: ${picker.detail}`).toBe(true);
  }
  await resizeTo(page, { width: 1366, height: 768 });
}

test('a reopened file lands where its work was left, on the latest open round otherwise, and the round picker shows "vòng 2" whole', async ({ page, shell }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const file = tieBreakFile(shell.dataDir);
  await resizeTo(page, { width: 1366, height: 768 });
  await page.goto(shell.url);

  // Nothing remembered for this file: the latest open round (vòng 2), never round 1 that the tie-break closed.
  await page.getByRole('button', { name: /dai-hoi-hoa-an\.kiemphieu/ }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Các cuộc bầu' })).toBeVisible();
  await expect(page.getByLabel('Chọn cuộc bầu')).toHaveCount(0);
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { name: `Nhập phiếu: ${ROUND_2}`, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: `Nhập phiếu vào ${ROUND_2}`, exact: true })).toBeVisible();
  await expectWholePicker(page, ROUND_2);
  await snapshotSizes(page, 'mo-lai-01-vong-moi-nhat');

  // The work goes on in round 1's results...
  await page.keyboard.press('Alt+5');
  await page.getByLabel('Chọn cuộc bầu').selectOption(String(file.round1));
  await expect(page.getByRole('heading', { name: new RegExp(`^Kết quả: ${ROUND_1} `) })).toBeVisible();
  await expectWholePicker(page, ROUND_1);

  // ...the program restarts, the file is opened again: round 1's results, as left.
  await shell.stop();
  const url = await shell.start();
  await page.goto(url);
  await page.getByRole('button', { name: /Đại hội đại biểu Đảng bộ phường Hòa An lần thứ IV/ }).first().press('Enter');
  await expect(page.getByRole('heading', { name: new RegExp(`^Kết quả: ${ROUND_1} `) })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kết quả Alt+5' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByLabel('Chọn cuộc bầu')).toHaveValue(String(file.round1));
  await snapshotSizes(page, 'mo-lai-02-ket-qua-vong-1');

  // Round 2's ballot box, then the file closed and opened again from the first screen: the ballot box of round 2.
  await page.getByLabel('Chọn cuộc bầu').selectOption(String(file.round2));
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { name: `Nhập phiếu: ${ROUND_2}`, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Kiểm phiếu', exact: true }).click();
  await page.getByRole('button', { name: 'Đóng hồ sơ' }).click();
  await expect(page.getByRole('heading', { name: 'Hồ sơ đại hội', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Hồ sơ đang mở' })).toHaveCount(0);
  await page.getByRole('button', { name: /Đại hội đại biểu Đảng bộ phường Hòa An lần thứ IV/ }).first().press('Enter');
  await expect(page.getByRole('heading', { name: `Nhập phiếu: ${ROUND_2}`, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: `Nhập phiếu vào ${ROUND_2}`, exact: true })).toBeVisible();
  await expectWholePicker(page, ROUND_2);
  await snapshotSizes(page, 'mo-lai-03-nhap-phieu-vong-2');
  expect(errors).toEqual([]);
});
