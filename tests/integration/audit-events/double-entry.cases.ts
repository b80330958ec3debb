import { expect } from 'vitest';
import { openTestApp, setUpElection, unwrap } from '../../helpers/api';
import { changes, ev, refused, writtenOf, type EventCase } from './harness';

/** A stack of two papers of Tổ 1; `read` fills both passes (An, then Bình) and finishes them. */
function stack() {
  const app = openTestApp();
  const { congressId, electionId, teamId } = setUpElection(app, { seats: 4 });
  const { batchId } = unwrap(app.api.createBatch({ electionId, teamId, label: 'Chồng 1', size: 2, operator: 'Tổ trưởng' }));
  const { api } = app;
  const read = (second: { struck: string[] }) => {
    unwrap(api.enterReading({ batchId, pass: 1, position: 1, struck: ['c01'], operator: 'An' }));
    unwrap(api.enterReading({ batchId, pass: 1, position: 2, struck: ['c02'], operator: 'An' }));
    unwrap(api.finishPass({ batchId, pass: 1, operator: 'An' }));
    unwrap(api.enterReading({ batchId, pass: 2, position: 1, struck: ['c01'], operator: 'Bình' }));
    unwrap(api.enterReading({ batchId, pass: 2, position: 2, ...second, operator: 'Bình' }));
    unwrap(api.finishPass({ batchId, pass: 2, operator: 'Bình' }));
  };
  return { app, api, congressId, electionId, teamId, batchId, read };
}

/** Double entry: a stack read twice, compared, resolved, counted or set aside. */
export const DOUBLE_ENTRY_CASES: readonly EventCase[] = [
  {
    method: 'createBatch',
    kinds: ['batch.created'],
    async run() {
      const app = openTestApp();
      const { congressId, electionId, teamId } = setUpElection(app, { seats: 4 });
      await changes(app.store, () => app.api.createBatch({ electionId, teamId, label: 'Chồng 1', size: 50, operator: 'Tổ trưởng' }), ({ batchId }) => [
        ev('batch.created', { congressId, electionId, operator: 'Tổ trưởng' }, { batchId, label: 'Chồng 1', size: 50, teamId }),
      ]);
      await refused(app.store, () => app.api.createBatch({ electionId, label: 'Chồng 1', size: 10 }), 'DUPLICATE');
      await refused(app.store, () => app.api.createBatch({ electionId, label: 'Chồng 2', size: 0 }), 'INVALID_INPUT');
      return [app.api];
    },
  },
  {
    method: 'enterReading',
    kinds: ['batch.reading'],
    async run() {
      const { app, api, congressId, electionId, teamId, batchId } = stack();
      const scope = { congressId, electionId, operator: 'An' };
      await changes(app.store, () => api.enterReading({ batchId, pass: 1, position: 1, struck: ['c01'], operator: 'An' }), () => [
        ev('batch.reading', scope, { batchId, label: 'Chồng 1', teamId, pass: 1, position: 1, reading: { struck: ['c01'] }, replaced: null }),
      ]);
      await changes(app.store, () => api.enterReading({ batchId, pass: 1, position: 1, struck: ['c03'], operator: 'An' }), () => [
        ev('batch.reading', scope, { batchId, pass: 1, position: 1, reading: { struck: ['c03'] }, replaced: { struck: ['c01'] } }),
      ]);
      await refused(app.store, () => api.enterReading({ batchId, pass: 2, position: 1, struck: ['c01'], operator: 'an' }), 'SAME_OPERATOR');
      await refused(app.store, () => api.enterReading({ batchId, pass: 1, position: 3, struck: ['c01'], operator: 'An' }), 'INVALID_INPUT');
      return [app.api];
    },
  },
  {
    method: 'finishPass',
    kinds: ['batch.pass_finished'],
    async run() {
      const { app, api, congressId, electionId, batchId } = stack();
      unwrap(api.enterReading({ batchId, pass: 1, position: 1, struck: ['c01'], operator: 'An' }));
      await refused(app.store, () => api.finishPass({ batchId, pass: 1, operator: 'An' }), 'PASS_INCOMPLETE');
      unwrap(api.enterReading({ batchId, pass: 1, position: 2, struck: ['c02'], operator: 'An' }));
      await changes(app.store, () => api.finishPass({ batchId, pass: 1, operator: 'An' }), () => [ev('batch.pass_finished', { congressId, electionId, operator: 'An' }, { batchId, pass: 1 })]);
      await refused(app.store, () => api.finishPass({ batchId, pass: 1, operator: 'An' }), 'PASS_FINISHED');
      return [app.api];
    },
  },
  {
    method: 'resolveDifference',
    kinds: ['batch.resolved'],
    async run() {
      const { app, api, congressId, electionId, batchId, read } = stack();
      await refused(app.store, () => api.resolveDifference({ batchId, position: 2, choice: 'pass1', operator: 'Trưởng ban' }), 'NOT_COMPARED');
      read({ struck: ['c03'] });
      await refused(app.store, () => api.resolveDifference({ batchId, position: 1, choice: 'pass1', operator: 'Trưởng ban' }), 'INVALID_INPUT'); // both passes agree
      await changes(app.store, () => api.resolveDifference({ batchId, position: 2, choice: 'reentered', struck: ['c02', 'c03'], operator: 'Trưởng ban' }), () => [
        ev('batch.resolved', { congressId, electionId, operator: 'Trưởng ban' }, { batchId, position: 2, choice: 'reentered', reading: { struck: ['c02', 'c03'] } }),
      ]);
      return [app.api];
    },
  },
  {
    method: 'reconcileBatch',
    kinds: ['batch.reconciled'],
    async run() {
      const { app, api, congressId, electionId, teamId, batchId, read } = stack();
      read({ struck: ['c03'] });
      await refused(app.store, () => api.reconcileBatch({ batchId, operator: 'Trưởng ban' }), 'UNRESOLVED');
      unwrap(api.resolveDifference({ batchId, position: 2, choice: 'pass1', operator: 'Trưởng ban' }));
      const { events } = await changes(app.store, () => api.reconcileBatch({ batchId, operator: 'Trưởng ban' }), () => [
        ev('batch.reconciled', { congressId, electionId, operator: 'Trưởng ban' }, { batchId, size: 2, differences: 1, numbers: [1, 2] }),
      ]);
      // The agreed readings, written as ballots of the stack's team: the rows the integrity check rebuilds them from.
      expect(writtenOf(events[0]).ballots).toEqual([
        [electionId, expect.any(String), 1, 1, teamId, 1, 'struck', ['c01'], null, null],
        [electionId, expect.any(String), 2, 1, teamId, 1, 'struck', ['c02'], null, null],
      ]);
      await refused(app.store, () => api.reconcileBatch({ batchId, operator: 'Trưởng ban' }), 'BATCH_CLOSED');
      return [app.api];
    },
  },
  {
    method: 'abandonBatch',
    kinds: ['batch.abandoned'],
    async run() {
      const { app, api, congressId, electionId, batchId } = stack();
      await refused(app.store, () => api.abandonBatch({ batchId, reason: '', operator: 'Trưởng ban' }), 'INVALID_INPUT');
      await changes(app.store, () => api.abandonBatch({ batchId, reason: 'Lẫn phiếu của tổ khác', operator: 'Trưởng ban' }), () => [
        ev('batch.abandoned', { congressId, electionId, operator: 'Trưởng ban' }, { batchId, reason: 'Lẫn phiếu của tổ khác' }),
      ]);
      await refused(app.store, () => api.abandonBatch({ batchId, reason: 'Lần nữa', operator: 'Trưởng ban' }), 'BATCH_CLOSED');
      return [app.api];
    },
  },
];
