import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCongressFile } from '../../../shared/congress-file/read';
import type { CongressFile } from '../../../shared/congress-file/schema';
import { tallyCongressFile } from '../../../shared/congress-file/tally';
import { applyPlanToFile, targetFromFile, withoutCountedData } from '../../../shared/merge/file-merge';
import { applyPlanToTarget, planMerge } from '../../../shared/merge/plan';
import { sampleText } from '../../helpers/samples';

const sample = (() => {
  const read = readCongressFile(sampleText('dai-hoi-mau.json'));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
})();

/** The sample with an id on every ballot: ids are what make a second merge count nothing. */
const whole: CongressFile = { ...sample, elections: sample.elections.map((e) => ({ ...e, ballots: e.ballots.map((b, i) => ({ ...b, id: b.id ?? `${e.id}-${i + 1}` })) })) };

/** Merges the files in order into the congress with nothing counted, as `kiem-phieu merge` does. */
function mergeAll(files: readonly CongressFile[]): CongressFile {
  let merged = withoutCountedData(whole);
  const target = targetFromFile(merged);
  for (const [i, file] of files.entries()) {
    const plan = planMerge(target, file, { label: `f${i}`, team: null, station: null, createdAt: null }, { acceptCorrections: false });
    expect(plan.problems.filter((p) => p.severity === 'error')).toEqual([]);
    applyPlanToTarget(target, plan, null, 'now');
    merged = applyPlanToFile(merged, plan);
  }
  return merged;
}

const results = (file: CongressFile) => tallyCongressFile(file).map((e) => [e.id, e.ballots, e.candidates.map((c) => c.votes), e.elected]);

/** The sample's ballots dealt into `parts` files by the given choices (each file: the same congress, some ballots). */
function split(choices: readonly number[], parts: number): CongressFile[] {
  let k = 0;
  const files = Array.from({ length: parts }, () => ({ ...whole, elections: whole.elections.map((e) => ({ ...e, ballots: [] as typeof e.ballots, teamTotals: [] as typeof e.teamTotals })) }));
  whole.elections.forEach((e, ei) => {
    for (const ballot of e.ballots) (files[(choices[k++ % choices.length] as number) % parts] as CongressFile).elections[ei]?.ballots.push(ballot);
    e.teamTotals.forEach((t, ti) => (files[ti % parts] as CongressFile).elections[ei]?.teamTotals.push(t));
  });
  return files;
}

describe('merging (property)', () => {
  it('warns that ballots without an id would be counted again', () => {
    const plan = planMerge(targetFromFile(sample), sample, { label: 'mau.json', team: null, station: null, createdAt: null }, { acceptCorrections: false });
    expect(plan.problems.find((p) => p.code === 'BALLOTS_WITHOUT_ID')?.severity).toBe('warning');
    expect(plan.elections.map((e) => [e.key, e.add.length, e.present])).toEqual(sample.elections.map((e) => [e.id, e.ballots.filter((b) => b.id === undefined).length, e.ballots.filter((b) => b.id !== undefined).length]));
  });

  it('whatever the split, the order of the files, and files merged again, the result is the whole count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 4 }), (parts, choices, again) => {
        const files = split(choices, parts);
        const repeated = [...files, ...again.map((n) => files[n % files.length] as CongressFile)];
        expect(results(mergeAll(repeated))).toEqual(results(whole));
        expect(results(mergeAll([...repeated].reverse()))).toEqual(results(whole));
      }),
      { numRuns: 60 },
    );
  });
});
