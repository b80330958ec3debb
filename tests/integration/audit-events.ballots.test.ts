import { describe } from 'vitest';
import { BALLOT_CASES } from './audit-events/ballots.cases';
import { runCases } from './audit-events/harness';

describe('the events of ballots, team figures, locks and further rounds', () => runCases(BALLOT_CASES));
