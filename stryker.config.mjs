// Mutation testing of the counting rules (`npm run mutate`; not part of `npm test`).
// @stryker-mutator 9.6 rather than 10: StrykerJS 10 requires Node 22 and this project runs on Node 20
// (package.json engines). 9.6.1 is the release that supports Vitest 4.1's coverage (stryker-js #5928).
// The surviving mutants that cannot change behaviour are listed, each with why, in
// tests/mutation-survivors.md.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  mutate: ['shared/rules/**/*.ts', 'shared/format/**/*.ts', 'shared/text/vietnamese-collation.ts', 'shared/scan/in-file.ts', 'shared/scan/review-text.ts', 'shared/congress-file/frozen.ts', 'shared/congress-file/paper-numbers.ts'],
  // The checker-free default: a mutant that does not type-check still runs (TypeScript types are
  // erased by vitest), and one that behaves like the original survives and must be explained.
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, reportScoreTable: true, reportMutants: true },
  // No thresholds.break: a low score must never fail a build; it is read, not enforced.
  thresholds: { high: 95, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
