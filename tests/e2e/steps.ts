import { expect, type Page } from '@playwright/test';

/** Steps an operator repeats, done by keyboard as in the tests that use them. */

/** Focuses a field by its label and types into it. */
export async function typeInto(page: Page, label: string | RegExp, text: string): Promise<void> {
  await page.getByLabel(label).focus();
  await page.keyboard.type(text);
}

/** On the elections screen: the ballots issued and returned of the selected election, saved. */
export async function setBallotFigures(page: Page, issued: number, returned: number): Promise<void> {
  await typeInto(page, 'Số phiếu phát ra', String(issued));
  await typeInto(page, 'Số phiếu thu vào', String(returned));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã lưu cuộc bầu')).toBeVisible();
}

/** On the elections screen: names typed or pasted into the list, added with Ctrl+Enter. */
export async function pasteCandidates(page: Page, lines: readonly string[]): Promise<void> {
  await page.getByLabel(/Thêm người: gõ hoặc dán danh sách/).focus();
  await page.keyboard.insertText(lines.join('\n'));
  await page.keyboard.press('Control+Enter');
}

/** On the setup screen: a counting team added. */
export async function addTeam(page: Page, name: string): Promise<void> {
  await typeInto(page, 'Thêm tổ', name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listitem').filter({ hasText: name })).toBeVisible();
}

/** From the first screen: a congress (its chair's PIN given), its teams, and one election with its list; ends on the elections screen. */
export async function congressWithElection(page: Page, options: { summoned: number; teams: readonly string[]; seats: number; title: string; names: readonly string[] }): Promise<void> {
  await expect(page.getByLabel('Tên đại hội')).toBeFocused();
  await page.keyboard.type('Đại hội đại biểu Đảng bộ xã Hòa Tiến lần thứ V');
  await typeInto(page, 'Số được triệu tập', String(options.summoned));
  await typeInto(page, 'Mã PIN của chủ tịch đoàn (chốt và mở khóa kết quả)', '246813');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Thiết lập đại hội' })).toBeVisible();
  for (const team of options.teams) await addTeam(page, team);
  await page.keyboard.press('Alt+2');
  await typeInto(page, 'Số lượng cần bầu', String(options.seats));
  await page.keyboard.press('Tab');
  await page.keyboard.type(options.title);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Danh sách bầu cử \(0 người/ })).toBeVisible();
  await pasteCandidates(page, options.names);
  await expect(page.getByRole('heading', { name: new RegExp(`Danh sách bầu cử \\(${options.names.length} người trên phiếu`) })).toBeVisible();
}

/** The chair's PIN of the congresses the end-to-end tests create. */
export const E2E_CHAIR_PIN = '246813';

/** On the setup screen: the chair's PIN set (a congress loaded from a file has none), then back to the screen `back`. */
export async function setChairPinOnSetup(page: Page, back: string, pin = E2E_CHAIR_PIN): Promise<void> {
  await page.keyboard.press('Alt+1');
  const form = page.getByRole('form', { name: 'Mã PIN của chủ tịch đoàn' });
  await form.getByLabel('Mã PIN', { exact: true }).fill(pin);
  await form.getByLabel('Mã PIN', { exact: true }).press('Enter');
  await expect(page.getByText('Đã đặt mã PIN')).toBeVisible();
  await page.keyboard.press(back);
}

/** On the results screen: "Chốt kết quả", then the chair's PIN typed into the dialog and Enter. */
export async function lockWithPin(page: Page, pin = E2E_CHAIR_PIN, beforeEnter?: () => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: 'Chốt kết quả' }).first().press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Chốt kết quả' });
  await expect(dialog.getByLabel('Mã PIN của chủ tịch đoàn')).toBeFocused();
  await page.keyboard.type(pin);
  await beforeEnter?.();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
}

/** In the dialog of the next round (which locks the round it continues): the chair's PIN typed, and Enter. */
export async function createNextRoundWithPin(page: Page, pin = E2E_CHAIR_PIN, beforeEnter?: () => Promise<void>): Promise<void> {
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Mã PIN của chủ tịch đoàn')).toBeFocused();
  await page.keyboard.type(pin);
  await beforeEnter?.();
  await page.keyboard.press('Enter');
}
