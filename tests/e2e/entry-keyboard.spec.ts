import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, test, resizeTo } from './browser-shell';
import { congressWithElection, pasteCandidates, setBallotFigures } from './steps';

/**
 * Issue 18, items 2, 3 and 9, at both screen sizes of the counting rooms: after a click on any
 * control of the entry screen or its header (the election in the header too), a burst of ballots
 * lands in the election shown above the box and nowhere else; one paper more than returned is
 * refused at Enter with the figures and the two ways out; a reload mid-entry lists the last papers
 * again, with the half-typed ballot.
 */
const NAMES = ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Phạm Minh Đức', 'Hoàng Thị Giao', 'Vũ Văn Hạnh', 'Đỗ Thị Hoa', 'Bùi Quang Khải', 'Ngô Thị Loan', 'Dương Văn Nhân', 'Lý Thị Oanh', 'Đặng Văn Phúc', 'Võ Thị Quyên', 'Trịnh Văn Sơn', 'Mai Thị Thu', 'Hồ Văn Uy', 'Cao Thị Xuân'];
const BCH = 'Bầu Ban Chấp hành Đảng bộ xã khóa V';
const BI_THU = 'Bầu Bí thư';
const RETURNED = 40;

/** The bursts typed after each click, in turn: names struck with a space, the committee's ruling with its reason, numbers that end by themselves. */
const BURSTS = [
  { keys: '1 3\n', verdict: 'HỢP LỆ', words: 'gạch 1. Trần Văn Bảy, 3. Nguyễn Hữu Duy' },
  { keys: 'b\nPhiếu bị rách mất một góc\n', verdict: 'KHÔNG HỢP LỆ: Phiếu Ban kiểm phiếu kết luận không hợp lệ vì lý do khác', words: '' },
  { keys: '35\n', verdict: 'HỢP LỆ', words: 'gạch 3. Nguyễn Hữu Duy, 5. Hoàng Thị Giao' },
];

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const size = page.viewportSize();
  await page.screenshot({ path: join(ARTIFACTS, `${name}-${size?.width}x${size?.height}.png`) });
}

const box = (page: Page) => page.locator('#ballot-input');
const recent = (page: Page) => page.getByRole('region', { name: 'Phiếu vừa nhập' }).getByRole('listitem');
const heading = (page: Page, title: string) => page.getByRole('heading', { name: `Nhập phiếu: ${title}`, exact: true });

/** Every button of the header and of the entry screen, outside its dialogs (the toasts come and go on their own). */
const CONTROLS = 'header.topbar button, main button';

for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
  test(`entry at ${size.width}×${size.height}: every key stays in the election shown, one paper too many stops at Enter, a reload resumes whole`, async ({ page, shell }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await resizeTo(page, size);
    await page.goto(shell.url);
    await congressWithElection(page, { summoned: 60, teams: ['Tổ 1'], seats: 15, title: BCH, names: NAMES });
    await setBallotFigures(page, 45, RETURNED);
    // A second election, the bí thư: the one a stray "b" chose in the header's list before.
    const newElection = page.getByRole('form', { name: 'Thêm cuộc bầu' });
    await newElection.getByLabel('Bầu', { exact: true }).selectOption('bi_thu');
    await newElection.getByLabel('Số lượng cần bầu').fill('1');
    await newElection.getByLabel('Số lượng cần bầu').press('Enter');
    await expect(page.getByRole('heading', { name: /Danh sách bầu cử \(0 người/ })).toBeVisible();
    await pasteCandidates(page, ['Phạm Minh Đức']);
    await expect(page.getByRole('heading', { name: 'Danh sách bầu cử (1 người trên phiếu, bầu 1)' })).toBeVisible();

    // The bí thư is selected; who enters, then the election changed from the entry screen: its own step, F4.
    await page.keyboard.press('Alt+3');
    await page.getByLabel('Người nhập').fill('Nguyễn Thị Nhập');
    await page.getByLabel('Tổ kiểm phiếu').selectOption({ label: 'Tổ 1' });
    await page.getByLabel('Người nhập').press('Enter');
    await expect(heading(page, BI_THU)).toBeVisible();
    await expect(box(page)).toBeFocused();
    await expect(page.getByLabel('Chọn cuộc bầu')).toHaveCount(0);
    await page.keyboard.press('F4');
    const change = page.getByRole('dialog', { name: 'Đổi cuộc bầu nhập phiếu' });
    await expect(change.getByRole('status')).toHaveText(`Phiếu tiếp theo vẫn nhập vào cuộc bầu ${BI_THU}.`);
    await page.keyboard.press('ArrowUp');
    await expect(change.getByRole('status')).toHaveText(`Phiếu tiếp theo sẽ nhập vào cuộc bầu ${BCH}.`);
    await shot(page, 'nhap-01-doi-cuoc-bau');
    await page.keyboard.press('Enter');
    await expect(heading(page, BCH)).toBeVisible();
    await expect(box(page)).toBeFocused();

    // --- item 2: a burst after a click on every control of the header and the screen -------------
    const controls = page.locator(CONTROLS);
    const names = await controls.evaluateAll((buttons) => buttons.map((b) => b.textContent?.trim() ?? ''));
    expect(names).toEqual(expect.arrayContaining(['Kiểm phiếu', 'Đại hội Alt+1', 'Nhập phiếu Alt+3', 'Quét phiếu Alt+9', `${BCH} F4`, 'đổi F2']));
    let papers = 0;
    for (const [i, name] of names.entries()) {
      const control = controls.nth(i);
      await expect(control).toHaveText(name);
      const election = await control.evaluate((b) => b.classList.contains('election-switch'));
      await control.click();
      // The header's election: the burst is typed at once, into its dialog; the keys go to the box, the election stays.
      if (!election && (await page.getByRole('dialog').count()) > 0) await page.keyboard.press('Escape');
      if (!election && (await heading(page, BCH).count()) === 0) await page.keyboard.press('Alt+3');
      await expect(heading(page, BCH)).toBeVisible();
      const burst = BURSTS[i % BURSTS.length] as (typeof BURSTS)[number];
      await page.keyboard.type(burst.keys);
      papers++;
      await expect(page.getByTestId('entry-status'), `after a click on "${name}"`).toHaveText(`Đã lưu phiếu số ${papers}: ${burst.verdict}`);
      await expect(heading(page, BCH)).toBeVisible();
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(recent(page).first()).toHaveText(`Số ${papers}: ${burst.verdict}${burst.words ? ` · ${burst.words}` : ''}`);
    }
    await expect(page.getByTestId('election-entered')).toHaveText(String(papers));
    await expect(page.getByTestId('team-entered')).toHaveText(String(papers));
    // None elsewhere: the bí thư has no paper.
    await page.keyboard.press('F4');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(heading(page, BI_THU)).toBeVisible();
    await expect(page.getByTestId('election-entered')).toHaveText('0');
    await page.keyboard.press('F4');
    await page.keyboard.press('ArrowUp');
    await page.getByRole('dialog').getByRole('button', { name: 'Nhập phiếu vào cuộc bầu này' }).click();
    await expect(heading(page, BCH)).toBeVisible();

    // --- item 3: one paper more than returned stops at Enter -----------------------------------
    const stack = RETURNED - papers;
    await page.keyboard.type(`7 9 *${stack}\n`);
    await expect(page.getByTestId('entry-status')).toHaveText(`Đã lưu phiếu số ${papers + 1}–${RETURNED} (${stack} phiếu giống nhau): HỢP LỆ`);
    await page.keyboard.type('2 4\n');
    await expect(page.getByTestId('entry-status')).toHaveText(`Chưa lưu "2 4": Đã nhập ${RETURNED} / ${RETURNED} phiếu thu vào`);
    const refusal = page.getByRole('alert', { name: 'Phiếu chưa được lưu' });
    await expect(refusal).toContainText(`Đã nhập ${RETURNED} / ${RETURNED} phiếu thu vào: phiếu đang gõ sẽ thành ${RETURNED + 1} phiếu, nên chưa được lưu.`);
    await expect(box(page)).toHaveValue('2 4');
    await expect(page.getByTestId('election-entered')).toHaveText(String(RETURNED));
    await shot(page, 'nhap-02-qua-so-phieu-thu-vao');

    // Way out 1: paper 2 was entered twice; found, and voided only by its own button (the safe one has the focus).
    await refusal.getByRole('button', { name: 'Tìm phiếu nhập hai lần (Ctrl+F)' }).click();
    await page.getByLabel('Phiếu số').fill('2');
    await expect(page.locator('.ballot-table tbody tr')).toHaveCount(1);
    await expect(page.locator('.ballot-table tbody tr td').first()).toHaveText('2');
    await page.keyboard.press('Delete');
    const voiding = page.getByRole('dialog', { name: 'Hủy phiếu số 2' });
    await expect(voiding.getByRole('button', { name: 'Không hủy Esc' })).toBeFocused();
    await expect(voiding.getByRole('button', { name: 'Hủy phiếu số 2', exact: true })).toBeVisible();
    await shot(page, 'nhap-03-xac-nhan-huy-phieu');
    await page.keyboard.press('Enter');
    await expect(voiding).toHaveCount(0);
    await expect(page.locator('.ballot-table tbody tr').first()).not.toContainText('đã hủy');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Escape');
    await expect(voiding).toHaveCount(0);
    await expect(page.locator('.ballot-table tbody tr').first()).not.toContainText('đã hủy');
    await page.keyboard.press('Delete');
    await voiding.getByRole('button', { name: 'Hủy phiếu số 2', exact: true }).click();
    await expect(page.locator('.ballot-table tbody tr').first()).toContainText('đã hủy');
    await page.keyboard.press('Escape');
    await expect(box(page)).toBeFocused();
    await expect(box(page)).toHaveValue('2 4');
    await expect(page.getByTestId('election-entered')).toHaveText(String(RETURNED - 1));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('entry-status')).toHaveText(`Đã lưu phiếu số ${RETURNED + 1}: HỢP LỆ`);
    await expect(refusal).toHaveCount(0);

    // Way out 2: the returned figure was wrong; the chair corrects it, named, with a reason.
    await page.keyboard.type('5 6\n');
    await expect(refusal).toBeVisible();
    await refusal.getByRole('button', { name: 'Sửa số phiếu thu vào…' }).click();
    const correct = page.getByRole('dialog', { name: 'Sửa số phiếu thu vào' });
    await expect(correct.getByLabel('Số phiếu thu vào đúng')).toBeFocused();
    await page.keyboard.type(String(RETURNED + 1));
    await correct.getByLabel('Người quyết định (chủ tịch đoàn)').fill('Trần Văn Chủ');
    await correct.getByLabel('Lý do sửa').fill('Đếm lại hòm phiếu: 41 phiếu');
    await shot(page, 'nhap-04-sua-so-phieu-thu-vao');
    await correct.getByRole('button', { name: `Sửa số phiếu thu vào thành ${RETURNED + 1}` }).click();
    await expect(page.getByTestId('entry-status')).toHaveText(`Đã sửa số phiếu thu vào: ${RETURNED} → ${RETURNED + 1} (Trần Văn Chủ: Đếm lại hòm phiếu: 41 phiếu; ghi vào nhật ký). Enter để lưu phiếu đang gõ.`);
    await expect(box(page)).toBeFocused();
    await expect(box(page)).toHaveValue('5 6');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('entry-status')).toHaveText(`Đã lưu phiếu số ${RETURNED + 2}: HỢP LỆ`);
    await expect(page.getByTestId('election-entered')).toHaveText(String(RETURNED + 1));

    // --- item 9: a reload mid-entry resumes whole ----------------------------------------------
    await page.keyboard.type('1');
    await expect(page.getByLabel('1. Trần Văn Bảy (bị gạch) (chờ chữ số thứ hai)')).toBeVisible();
    await shot(page, 'nhap-05-so-dang-cho');
    await page.keyboard.type('2 8');
    await expect(page.locator('#ballot-verdict')).toHaveText('HỢP LỆ');
    const listed = await recent(page).allInnerTexts();
    expect(listed[0]).toBe(`Số ${RETURNED + 2}: HỢP LỆ · gạch 5. Hoàng Thị Giao, 6. Vũ Văn Hạnh`);
    expect(listed).toContain(`Số ${RETURNED + 1}: HỢP LỆ · gạch 2. Lê Thị Cúc, 4. Phạm Minh Đức`);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Ai nhập phiếu trên máy này?' })).toBeVisible();
    await page.getByLabel('Người nhập').press('Enter');
    await expect(heading(page, BCH)).toBeVisible();
    await expect(box(page)).toHaveValue('12 8');
    await expect(page.locator('#ballot-verdict')).toHaveText('HỢP LỆ');
    await expect(recent(page)).toHaveText(listed);
    await shot(page, 'nhap-06-sau-khi-tai-lai');
    // The list is the api's: Ctrl+Z takes back the newest paper listed.
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('entry-status')).toHaveText(`Đã hoàn tác phiếu số ${RETURNED + 2}: số này để trống, không dùng lại (vẫn ghi trong nhật ký)`);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('entry-status')).toHaveText(`Đã lưu phiếu số ${RETURNED + 3}: HỢP LỆ`);
    await expect(recent(page).nth(1)).toHaveText(`Số ${RETURNED + 2}: đã hoàn tác · gạch 5. Hoàng Thị Giao, 6. Vũ Văn Hạnh`);
    expect(errors).toEqual([]);
  });
}
