import { describe } from 'vitest';
import { DOUBLE_ENTRY_CASES } from './audit-events/double-entry.cases';
import { runCases } from './audit-events/harness';

describe('the events of double entry', () => runCases(DOUBLE_ENTRY_CASES));
