import { auditApi } from './audit-api';
import { ballotApi } from './ballot-api';
import { candidateApi } from './candidate-api';
import { congressApi } from './congress-api';
import { createContext, type ApiDeps } from './context';
import { electionApi } from './election-api';
import { excelApi } from './excel-api';
import { fileApi } from './file-api';
import { resultApi } from './result-api';

/**
 * The api object: one method per action, every input checked with zod, expected failures
 * returned as values. The Electron IPC router, the browser shell, the CLI and the tests all call
 * this object; no business logic lives anywhere else.
 */
export function buildApi(deps: ApiDeps) {
  const ctx = createContext(deps);
  return {
    ...congressApi(ctx),
    ...electionApi(ctx),
    ...candidateApi(ctx),
    ...ballotApi(ctx),
    ...resultApi(ctx),
    ...fileApi(ctx),
    ...auditApi(ctx),
    ...excelApi(ctx),
  };
}

export type Api = ReturnType<typeof buildApi>;
export type ApiMethodName = keyof Api;
