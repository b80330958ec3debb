import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { STEP_TIMEOUT } from './step-timeout';

export const ARTIFACTS = join(process.cwd(), 'tests', 'artifacts', 'e2e');

/** The browser shell as a separate process, as users run it; it can be stopped and started again. */
export class BrowserShell {
  private child: ChildProcess | null = null;
  /** The address this launch printed: its one-time code lets in the first browser that opens it. */
  url = '';

  constructor(readonly dataDir: string) {}

  /** Kept from the first start, so that a restart serves the same origin (and its localStorage). */
  private port = '0';

  /** Starts the shell (again) and returns the new address it printed. */
  async start(): Promise<string> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/web/main.ts', '--port', this.port, '--data-dir', this.dataDir, '--no-browser'], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    this.url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`the browser shell did not start: ${out}${errors}`)), 120_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+\/\?code=[A-Za-z0-9_-]+)\n/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(match[1] as string);
        }
      });
      child.on('exit', (code) => reject(new Error(`the browser shell exited (${code}): ${errors}`)));
    });
    this.port = new URL(this.url).port;
    return this.url;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    this.child = null;
  }
}

export const test = base.extend<{ shell: BrowserShell }>({
  shell: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kiem-phieu-e2e-'));
    const shell = new BrowserShell(dataDir);
    await shell.start();
    await use(shell);
    await shell.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export async function snapshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The screen as the operator sees it (the window, not the whole page) at the two sizes of the counting rooms' screens. */
export async function snapshotSizes(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const before = page.viewportSize();
  for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    await resizeTo(page, size);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${size.width}x${size.height}.png`) });
  }
  if (before) await resizeTo(page, before);
}

/**
 * A step that Playwright gives no timeout of its own (a resize, a key press), bounded like the
 * actions: a hang fails after STEP_TIMEOUT, naming the step, instead of waiting for the test's bound.
 */
export async function bounded<T>(title: string, body: () => Promise<T>, timeout = STEP_TIMEOUT): Promise<T> {
  try {
    return await test.step(title, body, { timeout, box: true });
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') throw new Error(`"${title}" did not finish within ${timeout / 1000} s (${error.message})`);
    throw error;
  }
}

/** The page resized to the window of a screen (it once hung in Chromium under load). */
export function resizeTo(page: Page, size: { width: number; height: number }): Promise<void> {
  return bounded(`resize the window to ${size.width}×${size.height}`, () => page.setViewportSize(size));
}

export { expect } from '@playwright/test';
