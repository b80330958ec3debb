import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApi } from '../../src-main/api/build-api';
import { Store } from '../../src-main/db/store';
import { appLayout, scannedBallot, writeScans } from '../helpers/scan-app';
import { expect, snapshotSizes, test } from './browser-shell';
import { lockWithPin, setChairPinOnSetup } from './steps';

/**
 * Issue 12: a committee scans a stack into a folder, the app watches it, counts what it reads with
 * confidence, a person confirms by keyboard the ballot the machine found invalid, an image that is
 * not a ballot is kept and listed, and the result is locked.
 */
const NAMES = ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Phạm Minh Đức'];
const TITLE = 'Bầu Ban Chấp hành Đảng bộ xã Hòa Tiến khóa V';
const CONGRESS = {
  format: 'kiem-phieu.congress',
  version: 1,
  congress: { name: 'Đại hội Chi bộ thôn Hòa Tiến, nhiệm kỳ 2025-2030', organization: 'Chi bộ thôn Hòa Tiến', term: '2025-2030', place: 'Hòa Tiến', date: '2025-06-20', kind: 'members', summoned: 3, present: 3 },
  elections: [{ id: 'bch', office: 'cap_uy', title: TITLE, seats: 3, ballotsIssued: 3, ballotsReturned: 3, candidates: NAMES.map((name, i) => ({ id: `c${i + 1}`, name })) }],
};

/** The images a scanner would write for this congress: the same layout (and QR hash) as the app prints, made from the same file. */
async function scans(folder: string) {
  const dir = mkdtempSync(join(tmpdir(), 'kiem-phieu-scan-e2e-'));
  const store = Store.open(join(dir, 'mau.kiemphieu'));
  try {
    const api = buildApi({ store });
    const imported = api.importCongressFile({ content: JSON.stringify(CONGRESS) });
    if (!imported.ok) throw new Error(imported.error.message);
    const electionId = store.listElections(imported.value.congressId)[0]!.id;
    const layout = appLayout(store, electionId);
    writeScans(folder, {
      'phieu-001.png': await scannedBallot(layout, [4], { seed: 1 }),
      'phieu-002.png': await scannedBallot(layout, [1], { seed: 2 }),
      'phieu-003.png': await scannedBallot(layout, [4], { seed: 3, halfStruck: [1] }),
      'phieu-004.png': 'không phải ảnh',
    });
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a folder of scanned ballots: read, one a name of which the machine is unsure confirmed by keyboard, one refused and kept, the result locked', async ({ page, shell }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const folder = join(shell.dataDir, 'may-quet');
  (await import('node:fs')).mkdirSync(folder);
  await scans(folder);

  await page.goto(shell.url);
  const load = page.getByRole('form', { name: 'Nạp tệp đại hội' });
  await load.getByLabel('Tệp đại hội (.json)').setInputFiles({ name: 'dai-hoi-quet.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(CONGRESS)) });
  await load.getByRole('button', { name: 'Nạp' }).click();
  await expect(page.getByRole('heading', { name: 'Các cuộc bầu' })).toBeVisible();

  // Alt+9: who works at this machine is asked first, as on the entry screen.
  await page.keyboard.press('Alt+9');
  await expect(page.getByRole('heading', { name: 'Ai nhập phiếu trên máy này?' })).toBeVisible();
  await page.getByLabel('Người nhập').focus();
  await page.keyboard.type('Nguyễn Văn An\n');
  await expect(page.getByLabel('Thư mục máy quét lưu ảnh')).toBeFocused();
  // The folder is chosen, not typed: the chooser opens where the congress file is, and lists its folders.
  await page.getByRole('button', { name: 'Chọn thư mục…' }).click();
  const picker = page.getByRole('dialog', { name: 'Chọn thư mục máy quét lưu ảnh' });
  await expect(picker.getByRole('button', { name: /may-quet/ })).toBeVisible();
  await snapshotSizes(page, 's-00-chon-thu-muc');
  await picker.getByRole('button', { name: /may-quet/ }).click();
  await expect(picker.getByTestId('folder-path')).toHaveText(folder);
  await expect(picker.getByRole('button', { name: 'Dùng thư mục này (4 ảnh)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  await expect(page.getByLabel('Thư mục máy quét lưu ảnh')).toHaveValue(folder);
  await page.getByRole('button', { name: 'Bắt đầu theo dõi (Enter)' }).click();

  const counts = page.getByTestId('scan-counts');
  await expect(counts).toContainText('Ảnh đã nhận4');
  await expect(counts).toContainText('Đã tính2');
  await expect(counts).toContainText('Chờ xác nhận1');
  await expect(counts).toContainText('Không đọc được1');
  const table = page.getByRole('table', { name: 'Ảnh đã nhận' });
  await expect(table.getByRole('row', { name: /phieu-004\.png/ })).toContainText('Tệp không phải ảnh PNG, JPEG hay TIFF');
  await expect(table.getByRole('row', { name: /phieu-003\.png/ })).toContainText('Chờ người xác nhận');
  await expect(table.getByRole('row', { name: /phieu-001\.png/ })).toContainText('Đã tính (máy đọc chắc chắn) · phiếu số 1');
  await expect(page.getByTestId('scan-state')).toContainText('Đang theo dõi thư mục');
  await snapshotSizes(page, 's-01-quet-phieu');

  // F4: the ballot waiting for a person, the machine's reading typed in; the person reads it and Enter counts it.
  await page.keyboard.press('F4');
  const review = page.getByRole('dialog', { name: 'Xác nhận phiếu quét: phieu-003.png' });
  await expect(review.getByRole('img', { name: 'Ảnh phiếu phieu-003.png' })).toBeVisible();
  await expect(review.getByLabel(/Gõ số thứ tự những người BỊ GẠCH/)).toBeFocused();
  await expect(review.getByLabel(/Gõ số thứ tự những người BỊ GẠCH/)).toHaveValue('4');
  await expect(review).toContainText('Máy đọc: gạch 4 · chưa chắc: 1');
  await expect(review.getByText('chưa chắc (1)')).toBeVisible();
  await snapshotSizes(page, 's-02-xac-nhan-phieu-quet');
  // The person looks at name 1: a line through part of it, the voter struck it; typed as on the entry screen, Enter counts it.
  await page.keyboard.press('End');
  await page.keyboard.type(' 1');
  await expect(review.getByTestId('scan-verdict')).toHaveText('HỢP LỆ');
  await page.keyboard.press('Enter');
  await expect(review).toHaveCount(0);
  await expect(counts).toContainText('Đã tính3');
  await expect(counts).toContainText('Chờ xác nhận0');
  await expect(table.getByRole('row', { name: /phieu-003\.png/ })).toContainText('Đã tính (người xác nhận) · phiếu số 3');
  await snapshotSizes(page, 's-03-da-xac-nhan');

  // The result: three ballots, as many as returned; locked.
  await page.getByRole('button', { name: 'Dừng theo dõi' }).click();
  // The file came without a PIN: the chair sets one, then locks with it.
  await setChairPinOnSetup(page, 'Alt+5');
  await lockWithPin(page);
  await expect(page.getByText(/Đã chốt kết quả/).first()).toBeVisible();
  await page.keyboard.press('Alt+9');
  await expect(page.getByRole('note')).toContainText('Cuộc bầu đã chốt kết quả');
  await snapshotSizes(page, 's-04-da-chot');
  expect(errors).toEqual([]);
});
