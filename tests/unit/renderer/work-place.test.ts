import { describe, expect, it } from 'vitest';
import { landing, latestOpenElection } from '../../../src-renderer/state/work-place';

const round = (id: number, status: 'open' | 'locked' | 'paused', continuesId: number | null = null, voided = false) => ({ id, status, continuesId, voided });

describe('reopening a congress file lands where the work was left (finding 8)', () => {
  it('the stored screen and round, when that round still exists', () => {
    const elections = [round(1, 'open'), round(2, 'locked', 1), round(3, 'open')];
    expect(landing(elections, { screen: 'entry', electionId: 2 })).toEqual({ screen: 'entry', electionId: 2 });
  });

  it('a stored round since removed: the stored screen, on the latest open round', () => {
    expect(landing([round(1, 'locked'), round(3, 'open')], { screen: 'results', electionId: 9 })).toEqual({ screen: 'results', electionId: 3 });
  });

  it('nothing stored: the elections screen on the latest open round, never round 1 that the tie-break continues', () => {
    // The scenario of issue 11: round 1 ended in a tie (open, continued by round 2), round 2 open.
    expect(landing([round(1, 'open'), round(2, 'open', 1)], null)).toEqual({ screen: 'elections', electionId: 2 });
    expect(latestOpenElection([round(1, 'locked'), round(2, 'open', 1), round(3, 'locked')])).toBe(2);
  });

  it('nothing open: the latest round that stands; a voided round is not landed on', () => {
    expect(latestOpenElection([round(1, 'locked'), round(2, 'locked', 1)])).toBe(2);
    expect(latestOpenElection([round(1, 'open'), round(2, 'open', 1, true)])).toBe(1);
  });

  it('a file without elections opens on its setup', () => {
    expect(landing([], null)).toEqual({ screen: 'setup', electionId: null });
    expect(latestOpenElection([])).toBeNull();
  });
});
