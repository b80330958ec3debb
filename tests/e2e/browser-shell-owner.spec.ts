import { pathToFileURL } from 'node:url';
import { writeOpenerPage } from '../../src-main/web/open-browser';
import { expect, test } from './browser-shell';

/** Issue 10, item 4, in a real browser: the printed address lets in one browser, once. */
test('the printed address lets this browser in, for reloads and new tabs; another browser and a second use are refused', async ({ page, shell, browser }) => {
  const base = new URL('/', shell.url).href;
  await page.goto(shell.url);
  expect(page.url()).toBe(base); // the code is gone from the address bar
  await expect(page.getByText(`Thư mục hồ sơ: ${shell.dataDir}`)).toBeVisible(); // the api answers
  expect(await page.locator('meta[name="kiem-phieu-token"]').count()).toBe(0);
  expect(await page.evaluate(() => document.cookie)).toBe(''); // HttpOnly: scripts cannot read it

  await page.reload();
  await expect(page.getByText(`Thư mục hồ sơ: ${shell.dataDir}`)).toBeVisible();
  const secondTab = await page.context().newPage();
  await secondTab.goto(base);
  await expect(secondTab.getByText(`Thư mục hồ sơ: ${shell.dataDir}`)).toBeVisible();

  // Another browser (no cookie) gets neither the page nor, with the used address, a way in.
  const other = await browser.newContext();
  try {
    const stranger = await other.newPage();
    for (const address of [base, shell.url]) {
      const response = await stranger.goto(address);
      expect(response?.status()).toBe(403);
      await expect(stranger.getByText(/Hãy mở đúng địa chỉ mà chương trình in ra/)).toBeVisible();
    }
  } finally {
    await other.close();
  }
});

test('opened through the private opener file, as on a desktop, the browser lands in the app', async ({ page, shell }) => {
  const opener = writeOpenerPage(shell.url, shell.dataDir);
  try {
    await page.goto(pathToFileURL(opener.path).href);
    await page.waitForURL(new URL('/', shell.url).href);
    await expect(page.getByText(`Thư mục hồ sơ: ${shell.dataDir}`)).toBeVisible();
  } finally {
    opener.remove();
  }
});

test('after a restart the new address lets the same browser in again, the old one does not', async ({ page, shell }) => {
  const first = shell.url;
  await page.goto(first);
  await expect(page.getByText(`Thư mục hồ sơ: ${shell.dataDir}`)).toBeVisible();
  await shell.stop();
  const second = await shell.start();
  expect(second).not.toBe(first);
  expect((await page.goto(new URL('/', second).href))?.status()).toBe(403); // last launch's cookie
  expect((await page.goto(first))?.status()).toBe(403);
  await page.goto(second);
  await expect(page.getByText(`Thư mục hồ sơ: ${shell.dataDir}`)).toBeVisible();
});
