import { describe } from 'vitest';
import { runCases } from './audit-events/harness';
import { SETUP_CASES } from './audit-events/setup.cases';

describe('the events of the congress, its teams, elections and lists', () => runCases(SETUP_CASES));
