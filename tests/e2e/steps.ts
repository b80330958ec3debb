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
