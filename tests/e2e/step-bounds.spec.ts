import { STEP_TIMEOUT } from './step-timeout';
import { bounded, expect, test } from './browser-shell';

/**
 * A hang fails within a minute, naming the step, not after the test's ten minutes (issue 19, item
 * 7: a resize once hung in Chromium under load until the test's own bound).
 */
test.describe('the bounds of one step', () => {
  test('every action and navigation has its own bound, well under the test’s', () => {
    const { use } = test.info().project;
    expect(use.actionTimeout).toBe(STEP_TIMEOUT);
    expect(use.navigationTimeout).toBe(STEP_TIMEOUT);
    expect(STEP_TIMEOUT).toBeLessThanOrEqual(60_000);
    expect(STEP_TIMEOUT * 10).toBeLessThanOrEqual(test.info().timeout);
  });

  test('a step with no bound of its own that hangs fails after its bound, naming the step', async () => {
    const hang = bounded('resize the window to 1366×768', () => new Promise<void>(() => {}), 300);
    await expect(hang).rejects.toThrow('"resize the window to 1366×768" did not finish within 0.3 s');
  });
});
