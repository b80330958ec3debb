import { describe } from 'vitest';
import { runCases } from './audit-events/harness';
import { SCAN_CASES } from './audit-events/scans.cases';

describe('the events of scanned ballots', () => runCases(SCAN_CASES));
