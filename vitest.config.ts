import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/db/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/security/**/*.test.ts', 'tests/scan/**/*.test.ts'],
    pool: 'forks',
    // Bounds on a hang, far above what any test needs on a slow, busy machine: never a speed test.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
