import { Store } from '../db/store';
import { auditApi } from './audit-api';
import { ballotApi } from './ballot-api';
import { candidateApi } from './candidate-api';
import { congressApi } from './congress-api';
import { doubleEntryApi } from './double-entry-api';
import { createContext, type ApiDeps } from './context';
import { electionApi } from './election-api';
import { excelApi } from './excel-api';
import { fileApi } from './file-api';
import { reportApi } from './report-api';
import { resultApi } from './result-api';
import { stationApi } from './station-api';

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
    ...reportApi(ctx),
    ...excelApi(ctx),
    ...stationApi(ctx),
    ...doubleEntryApi(ctx),
  };
}

export type Api = ReturnType<typeof buildApi>;

let methodNames: string[] | null = null;

/** The names of the api's methods (the same for every file), for the routers to check against. */
export function apiMethodNames(): string[] {
  if (methodNames === null) {
    const store = Store.open(':memory:');
    methodNames = Object.keys(buildApi({ store }));
    store.close();
  }
  return methodNames;
}
