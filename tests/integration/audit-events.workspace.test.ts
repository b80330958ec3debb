import { describe } from 'vitest';
import { runCases } from './audit-events/harness';
import { WORKSPACE_CASES } from './audit-events/workspace.cases';

describe('the events of the workspace: new files, opening, copies, backups', () => runCases(WORKSPACE_CASES));
