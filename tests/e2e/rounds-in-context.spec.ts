import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { chiBoCongress } from '../helpers/chi-bo-congress';
import { ARTIFACTS, expect, test, resizeTo } from './browser-shell';
import { lockWithPin, pasteCandidates, setChairPinOnSetup } from './steps';

/**
 * Issue 18, item 7: rounds in context. The chi bộ of the issue (a chi ủy of 3, round 1 elects 2,
 * a further round the third), loaded with round 2 still open; round 2 is locked in the app. Round
 * 1's results screen and presentation then say that round 2 exists and show the office's final
 * result, the final result on a page of its own with its own banner; the summary says it is
 * official. At each size of the counting rooms' screens.
 */
const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

const ROUND_1 = 'Bầu Chi ủy Chi bộ Khu phố 3';
const ROUND_2 = 'Bầu Chi ủy Chi bộ Khu phố 3 (vòng 2: bầu bổ sung số còn thiếu)';
const FINAL_SENTENCE = 'Đã bầu đủ 3 đồng chí Chi ủy Chi bộ Khu phố 3, qua 2 vòng bầu.';

async function shot(page: Page, size: { width: number; height: number }, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `vong-${size.width}x${size.height}-${name}.png`) });
}

for (const size of SCREENS) {
  test(`round 1 in context once round 2 is locked, at ${size.width}×${size.height}`, async ({ page, shell }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await resizeTo(page, size);
    await page.goto(shell.url);
    const load = page.getByRole('form', { name: 'Nạp tệp đại hội' });
    await load.getByLabel('Tệp đại hội (.json)').setInputFiles({ name: 'chi-bo.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(chiBoCongress({ furtherLocked: false }))) });
    await load.getByRole('button', { name: 'Nạp' }).click();
    await expect(page.getByRole('heading', { name: 'Các cuộc bầu' })).toBeVisible();
    await page.keyboard.press('Alt+5');
    const picker = page.getByRole('combobox', { name: 'Chọn cuộc bầu' });

    // Round 2 still open: round 1 says so, and shows the final result marked provisional.
    await picker.selectOption({ label: `${ROUND_1} — đã chốt` });
    const later = page.getByTestId('later-round');
    await expect(later).toHaveText(/Đã có vòng 2: bầu bổ sung số còn thiếu \(đang kiểm phiếu, chưa chốt kết quả\)/);
    await expect(page.getByTestId('final-result').getByRole('status')).toHaveText('KẾT QUẢ TẠM THỜI: vòng 2 chưa chốt kết quả.');
    await expect(page.getByText(/quyết định việc có bầu tiếp hay không/)).toHaveCount(0);
    await shot(page, size, '01-vong-1-khi-vong-2-chua-chot');

    // The print dialogs say what the paper will be before it is printed (item 4).
    await page.getByRole('button', { name: 'Tổng hợp đại hội (PDF)' }).click();
    const draftSummary = page.getByRole('dialog', { name: 'Tổng hợp kết quả đại hội' });
    await expect(draftSummary.getByRole('note')).toHaveText(/^Bản dự thảo: còn 1 vòng bầu chưa chốt kết quả, mọi trang ghi "DỰ THẢO – CHƯA CHỐT KẾT QUẢ"/);
    await expect(draftSummary.locator('iframe')).toBeVisible();
    await shot(page, size, '01b-tong-hop-du-thao');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Biên bản kiểm phiếu (PDF)' }).click();
    await expect(page.getByRole('dialog', { name: 'Biên bản kiểm phiếu' }).getByRole('note')).toHaveText('Bản chính thức: kết quả đã chốt.');
    await page.keyboard.press('Escape');

    // Round 2 locked in the app, with the chair's PIN (the file came without one: the chair sets it).
    await setChairPinOnSetup(page, 'Alt+5');
    await later.getByRole('button', { name: 'Xem vòng 2' }).click();
    await expect(picker).toHaveValue(await picker.locator('option', { hasText: ROUND_2 }).getAttribute('value') as string);
    await expect(page.getByRole('status').filter({ hasText: 'Đã bầu đủ số lượng cần bầu ở vòng này' })).toBeVisible();
    await lockWithPin(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('đã chốt');
    await shot(page, size, '02-vong-2-da-chot');

    // Round 1 in context: round 2 named, the office's final result, no question left open.
    await picker.selectOption({ label: `${ROUND_1} — đã chốt` });
    await expect(later).toHaveText(/Đã có vòng 2: bầu bổ sung số còn thiếu \(đã chốt kết quả\)/);
    const final = page.getByTestId('final-result');
    await expect(final.getByRole('status')).toHaveCount(0);
    await expect(final).toContainText(FINAL_SENTENCE);
    await expect(final.locator('tbody tr')).toHaveCount(3);
    await expect(final.locator('tbody tr').nth(2)).toHaveText(['3', 'Nguyễn Văn An', '19', 'vòng 2'].join(''));
    await expect(page.getByRole('status').filter({ hasText: 'Chưa đủ số lượng' })).toContainText('Đã có vòng 2.');
    await expect(page.getByText(/quyết định việc có bầu tiếp hay không/)).toHaveCount(0);
    await shot(page, size, '03-vong-1-trong-boi-canh');

    // The hall: round 1's names, round 2 said in the heading; then the final result on its own page.
    await page.keyboard.press('Alt+p');
    const hall = page.getByRole('dialog', { name: 'Trình chiếu kết quả' });
    await expect(hall.getByTestId('presentation-later-round')).toHaveText('Đã có vòng 2: bầu bổ sung số còn thiếu (đã chốt kết quả). Kết quả cuối cùng ở trang sau.');
    await expect(hall.getByTestId('presentation-outcome')).not.toContainText('quyết định việc có bầu tiếp hay không');
    await expect(hall.getByTestId('presentation-row')).toHaveCount(4);
    await shot(page, size, '04-trinh-chieu-vong-1');
    await page.keyboard.press('End');
    await expect(hall.getByRole('heading', { level: 1 })).toHaveText('Kết quả cuối cùng: Bầu Chi ủy Chi bộ Khu phố 3');
    await expect(hall.getByTestId('presentation-outcome')).toHaveText(FINAL_SENTENCE);
    await expect(hall.getByTestId('final-result').locator('tbody tr')).toHaveCount(3);
    await expect(hall.getByText('Đã bầu đủ số lượng', { exact: false })).toHaveCount(0);
    await shot(page, size, '05-trinh-chieu-ket-qua-cuoi-cung');
    await page.keyboard.press('Escape');
    await expect(hall).toHaveCount(0);

    // Round 2's presentation ends on the same final page.
    await picker.selectOption({ label: `${ROUND_2} — đã chốt` });
    await expect(page.getByTestId('later-round')).toHaveCount(0);
    await page.keyboard.press('Alt+p');
    await expect(hall.getByTestId('presentation-outcome')).toContainText('Đã bầu đủ số lượng cần bầu ở vòng này');
    await page.keyboard.press('End');
    await expect(hall.getByTestId('presentation-outcome')).toHaveText(FINAL_SENTENCE);
    await page.keyboard.press('Escape');

    // The summary says it is official before it is printed.
    await page.getByRole('button', { name: 'Tổng hợp đại hội (PDF)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tổng hợp kết quả đại hội' });
    await expect(dialog.getByRole('note')).toHaveText(/^Bản chính thức: mọi vòng bầu đã chốt kết quả/);
    await expect(dialog.locator('iframe')).toBeVisible();
    await shot(page, size, '06-tong-hop-chinh-thuc');
    await page.keyboard.press('Escape');

    // The log (item 6): the lock of round 2 as a sentence with the name elected, details in words.
    await page.keyboard.press('Alt+6');
    await page.getByLabel('Lọc theo loại thay đổi').selectOption({ label: 'Chốt kết quả' });
    const table = page.locator('.audit-table');
    await expect(table.getByRole('cell', { name: `Chốt kết quả bầu Chi ủy Chi bộ Khu phố 3 (vòng 2: bầu bổ sung số còn thiếu): trúng cử Nguyễn Văn An.` })).toBeVisible();
    await expect(table.locator('tbody tr').first()).toContainText('Kết quảĐã bầu đủ số lượng');
    expect(await table.innerText()).not.toMatch(/[{}"]|\bc0\d\b|complete|short|null/);
    await shot(page, size, '07-nhat-ky');

    // A list not yet voted on: its ballot paper, which says when it is valid.
    await page.keyboard.press('Alt+2');
    const newElection = page.getByRole('form', { name: 'Thêm cuộc bầu' });
    await newElection.getByLabel('Bầu', { exact: true }).selectOption('pho_bi_thu');
    await newElection.getByLabel('Số lượng cần bầu').fill('1');
    await newElection.getByLabel('Tiêu đề (không bắt buộc)').fill('Bầu Phó Bí thư Chi bộ');
    await newElection.getByRole('button', { name: 'Thêm' }).click();
    await pasteCandidates(page, ['Lê Văn Cường']);
    await page.getByRole('button', { name: 'In phiếu bầu (PDF)' }).click();
    const ballots = page.getByRole('dialog', { name: 'Phiếu bầu' });
    await expect(ballots.getByRole('note')).toHaveText('Phiếu bầu để phát ra: chỉ có giá trị khi có dấu của cấp ủy ở ô góc trên bên trái.');
    await expect(ballots.locator('iframe')).toBeVisible();
    await shot(page, size, '08-phieu-bau');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });
}
