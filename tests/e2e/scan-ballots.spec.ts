import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApi } from '../../src-main/api/build-api';
import { Store } from '../../src-main/db/store';
import { textMarkup } from '../../src-main/scan/template';
import type { BallotLayout, NameLayout } from '../../shared/scan/layout';
import { seededRandom } from '../helpers/random';
import { appLayout, scannedBallot, writeScans } from '../helpers/scan-app';
import { ballotSvg } from '../helpers/scan-ballot';
import { CLEAN, scanSvg } from '../helpers/scan-scanner';
import { strikeMarkup } from '../helpers/scan-voter';
import { expect, snapshotSizes, test } from './browser-shell';
import { E2E_CHAIR_PIN, setChairPinOnSetup } from './steps';

/**
 * Issues 12 and 17: a committee scans a stack into a folder, the app watches it and counts what it
 * reads with confidence. What needs a person waits: a name the machine is unsure of (decided in
 * two keys), a name struck with "giữ lại" written beside it (a committee matter, never read as a
 * plain strike), a rescan of a paper already counted ("cùng một tờ phiếu?", the two images side by
 * side); an image that is not a ballot is kept and listed. Before the lock, the rows of the close
 * results are looked at again on every scanned paper, a spot check is drawn, and the result is locked.
 */
const NAMES = ['Trần Văn Bảy', 'Lê Thị Cúc', 'Nguyễn Hữu Duy', 'Phạm Minh Đức'];
const TITLE = 'Bầu Ban Chấp hành Đảng bộ xã Hòa Tiến khóa V';
const CONGRESS = {
  format: 'kiem-phieu.congress',
  version: 1,
  congress: { name: 'Đại hội Chi bộ thôn Hòa Tiến, nhiệm kỳ 2025-2030', organization: 'Chi bộ thôn Hòa Tiến', term: '2025-2030', place: 'Hòa Tiến', date: '2025-06-20', kind: 'members', summoned: 5, present: 5 },
  elections: [{ id: 'bch', office: 'cap_uy', title: TITLE, seats: 3, ballotsIssued: 5, ballotsReturned: 4, candidates: NAMES.map((name, i) => ({ id: `c${i + 1}`, name })) }],
};

/** A voter strikes name `n`, then writes "giữ lại" beside it in the same pen: a committee matter (RULES R3), never a plain strike. */
async function struckThenKeep(layout: BallotLayout, n: number): Promise<Uint8Array> {
  const random = seededRandom(5);
  const name = layout.ballots[0]!.names[n - 1] as NameLayout;
  const writing = textMarkup('giữ lại', name.nameRect.x + name.nameRect.width + 8, name.nameRect.y + 1, layout.fontSize * 0.8).replace('fill="black"', 'fill="#1a237e"');
  const svg = ballotSvg(layout, strikeMarkup(random, name, 'straight', layout.fontSize, '#1a237e') + writing, { pixelsPerPoint: 2 });
  return scanSvg(svg, layout.ballots[0]!.slot, CLEAN, random);
}

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
      'phieu-005.png': await struckThenKeep(layout, 2),
      // The scanner jammed: paper 1 again, turned, shifted, compressed.
      'phieu-006.jpg': await scannedBallot(layout, [4], { seed: 1, params: { rotation: 2.2, shift: { x: 25, y: 6 }, jpeg: 70, noise: 6 } }),
    });
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a folder of scanned ballots: counted, the doubtful, the committee matter and the rescan wait for a person, a second look before the lock', async ({ page, shell }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const folder = join(shell.dataDir, 'may-quet');
  mkdirSync(folder);
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
  await expect(picker.getByRole('button', { name: 'Dùng thư mục này (6 ảnh)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  await expect(page.getByLabel('Thư mục máy quét lưu ảnh')).toHaveValue(folder);
  await page.getByRole('button', { name: 'Bắt đầu theo dõi (Enter)' }).click();

  const counts = page.getByTestId('scan-counts');
  await expect(counts).toContainText('Ảnh đã nhận6');
  await expect(counts).toContainText('Không đọc được1');
  const table = page.getByRole('table', { name: 'Ảnh đã nhận' });
  await expect(table.getByRole('row', { name: /^phieu-004\.png/ })).toContainText('Tệp không phải ảnh PNG, JPEG hay TIFF');
  await expect(table.getByRole('row', { name: /^phieu-001\.png/ })).toContainText('Đã tính (máy đọc chắc chắn) · phiếu số 1');
  await expect(table.getByRole('row', { name: /^phieu-003\.png/ })).toContainText('Chờ người xác nhận');
  // The rescan of paper 1 is not counted: it waits, saying why.
  await expect(table.getByRole('row', { name: /^phieu-006\.jpg/ })).toContainText('Gần như trùng với ảnh "phieu-001.png" (phiếu số 1)');
  await expect(table.getByRole('row', { name: /^phieu-006\.jpg/ })).toContainText('Chờ người xác nhận');
  // "giữ lại" written beside a struck name is never read as a plain strike: it waits for a person (issue 17, item 1).
  await expect(table.getByRole('row', { name: /^phieu-005\.png/ })).toContainText('Chờ người xác nhận');
  await expect(counts).toContainText('Đã tính2');
  await expect(counts).toContainText('Chờ xác nhận3');
  await expect(page.getByTestId('scan-state')).toContainText('Đang theo dõi thư mục');
  await snapshotSizes(page, 's-01-quet-phieu');

  // F4: the ballot waiting for a person, straightened, its doubted row framed with its label beside it; the machine's
  // confident reading stands, the doubted row is asked: one key decides it, Enter counts the ballot (2 keys).
  await page.keyboard.press('F4');
  const review = page.getByRole('dialog', { name: 'Xác nhận phiếu quét: phieu-003.png' });
  await expect(review.getByRole('img', { name: 'Ảnh phiếu phieu-003.png' })).toBeVisible();
  await expect(review.getByTestId('doubted-rows')).toBeFocused();
  await expect(review.getByLabel('Hoặc gõ cả phiếu')).toHaveValue('4');
  await expect(review).toContainText('Máy đọc: gạch 4 · chưa chắc: 1');
  await expect(review.getByTestId('doubted-rows')).toContainText('Dòng 1 — Trần Văn Bảy');
  await expect(review.locator('[data-label="c1"]')).toContainText('Dòng 1: chưa chắc');
  await expect(review.getByTestId('scan-verdict')).toHaveText('Còn 1 dòng chưa quyết');
  // The label stands beside the row, in the margin: never over the name.
  const label = await review.locator('[data-label="c1"] text').first().boundingBox();
  const row = await review.locator('[data-row="c1"]').boundingBox();
  expect(label && row && (label.x >= row.x + row.width || label.x + label.width <= row.x)).toBe(true);
  // Zoomed with the keyboard from the rows (+ −) and anywhere with Ctrl (0 fits again).
  await page.keyboard.press('+');
  await expect(review.getByTestId('scan-zoom')).toHaveText('125 %');
  await page.keyboard.press('Control+0');
  await expect(review.getByTestId('scan-zoom')).toHaveText('100 %');
  await snapshotSizes(page, 's-02-xac-nhan-phieu-quet');
  // The person looks at name 1: a line through part of it, the voter struck it. Two keys.
  const keys = ['1', 'Enter'];
  await page.keyboard.press(keys[0] as string);
  await expect(review.getByTestId('answer-1')).toHaveText('gạch');
  await expect(review.getByTestId('scan-verdict')).toHaveText('HỢP LỆ');
  await page.keyboard.press(keys[1] as string);
  expect(keys).toHaveLength(2);
  await expect(review).toHaveCount(0);
  await expect(table.getByRole('row', { name: /^phieu-003\.png/ })).toContainText('Đã tính (người xác nhận) · phiếu số 3');

  // The paper with "giữ lại" written beside name 2: the committee reads the voter's words and keeps the name.
  await page.keyboard.press('F4');
  const keep = page.getByRole('dialog', { name: 'Xác nhận phiếu quét: phieu-005.png' });
  await expect(keep.getByTestId('doubted-rows')).toContainText('Dòng 2 — Lê Thị Cúc');
  await expect(keep.getByTestId('doubted-rows')).toContainText('có chữ viết hoặc nét vẽ thêm trong dòng tên');
  await expect(keep.getByLabel('Hoặc gõ cả phiếu')).toHaveValue('0');
  await expect(keep.getByRole('img', { name: 'Ảnh phiếu phieu-005.png' })).toBeVisible();
  await expect(keep.locator('[data-label="c2"]')).toContainText('có chữ viết');
  await snapshotSizes(page, 's-02b-giu-lai');
  await page.keyboard.press('0');
  await expect(keep.getByTestId('answer-2')).toHaveText('giữ lại (không gạch)');
  await page.keyboard.press('Enter');
  await expect(keep).toHaveCount(0);

  // The rescan: the two images side by side, "cùng một tờ phiếu?"; c: the same paper, set aside with the reason.
  await page.keyboard.press('F4');
  const same = page.getByRole('dialog', { name: 'Xác nhận phiếu quét: phieu-006.jpg' });
  await expect(same.getByRole('group', { name: 'Cùng một tờ phiếu?' })).toBeFocused();
  await expect(same.getByRole('img', { name: 'Ảnh trước: phieu-001.png (phiếu số 1)' })).toBeVisible();
  await expect(same.getByRole('img', { name: 'Ảnh phiếu phieu-006.jpg' })).toBeVisible();
  await snapshotSizes(page, 's-02c-cung-mot-to');
  await page.keyboard.press('c');
  await expect(same).toHaveCount(0);
  await expect(table.getByRole('row', { name: /^phieu-006\.jpg/ })).toContainText('Không tính (người quyết định): Cùng một tờ phiếu với ảnh "phieu-001.png" (phiếu số 1)');
  await expect(counts).toContainText('Đã tính4');
  await expect(counts).toContainText('Chờ xác nhận0');
  await snapshotSizes(page, 's-03-da-xac-nhan');

  // Before the lock: a spot check drawn from the number drawn in the hall.
  await page.getByRole('button', { name: 'Dừng theo dõi' }).click();
  await page.keyboard.press('Alt+5');
  await page.getByRole('button', { name: 'Kiểm tra ngẫu nhiên phiếu quét' }).click();
  const spot = page.getByRole('dialog', { name: 'Kiểm tra ngẫu nhiên phiếu quét' });
  await page.keyboard.type('4721');
  await spot.getByLabel('Số phiếu bốc ra').fill('2');
  await page.keyboard.press('Enter');
  await expect(spot.getByTestId('spot-check-paper')).toContainText('đã tính');
  await expect(spot.getByRole('img', { name: /Ảnh phiếu số \d/ })).toBeVisible();
  await snapshotSizes(page, 's-04-kiem-tra-ngau-nhien');
  await page.keyboard.press('Enter');
  await expect(spot.getByText('phiếu 2/2')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(spot).toHaveCount(0);

  // The file came without a PIN: the chair sets one, then locks with it.
  await setChairPinOnSetup(page, 'Alt+5');
  // "Chốt kết quả" first shows the close results' rows on every scanned paper; Enter confirms them in one pass.
  await page.getByRole('button', { name: 'Chốt kết quả' }).first().click();
  const second = page.getByRole('dialog', { name: 'Xem lại các phiếu có cách biệt nhỏ' });
  await expect(second.getByTestId('second-look-progress')).toHaveText('Đủ 4 phiếu.');
  await snapshotSizes(page, 's-05-xem-lai-cach-biet-nho');
  await page.keyboard.press('Enter');
  await expect(second).toHaveCount(0);
  const lock = page.getByRole('dialog', { name: 'Chốt kết quả' });
  await expect(lock.getByLabel('Mã PIN của chủ tịch đoàn')).toBeFocused();
  await page.keyboard.type(E2E_CHAIR_PIN);
  await page.keyboard.press('Enter');
  await expect(lock).toHaveCount(0);
  await expect(page.getByText(/Đã chốt kết quả/).first()).toBeVisible();
  await page.keyboard.press('Alt+9');
  await expect(page.getByRole('note')).toContainText('Cuộc bầu đã chốt kết quả');
  await snapshotSizes(page, 's-06-da-chot');
  expect(errors).toEqual([]);
});
