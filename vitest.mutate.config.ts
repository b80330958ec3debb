import { defineConfig } from 'vitest/config';

/**
 * The tests a mutation run (`npm run mutate`, stryker.config.mjs) uses: the unit tests only. The
 * integration tests (files, SQLite, packages) exercise the same rules through much slower paths
 * and would turn a run of minutes into hours. Stryker sets the pool and workers itself.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Bounds on a hang, as in vitest.config.ts: never a speed test.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
