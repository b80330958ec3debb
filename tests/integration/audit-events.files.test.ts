import { describe } from 'vitest';
import { FILE_CASES } from './audit-events/files.cases';
import { runCases } from './audit-events/harness';

describe('the events of congress files, workbooks, setup and station packages', () => runCases(FILE_CASES));
