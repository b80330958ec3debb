import type { Assert, ContractCheck, FileApiContract, Implementation } from '../../shared/api/contract';
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
import { scanApi } from './scan-api';
import { scanDecisionApi } from './scan-decision-api';
import { secondLookApi } from './second-look-api';
import { stationApi } from './station-api';

/**
 * The api object: one method per action, every input checked with zod, expected failures
 * returned as values. The Electron IPC router, the browser shell, the CLI and the tests all call
 * this object; no business logic lives anywhere else. It implements the file part of the
 * contract of shared/api/contract.ts, which the renderer and the routers take their types from.
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
    ...scanApi(ctx),
    ...scanDecisionApi(ctx),
    ...secondLookApi(ctx),
  } satisfies Implementation<FileApiContract>;
}

export type Api = ReturnType<typeof buildApi>;

/** Fails `tsc`, naming the methods, unless the api has exactly the contract's methods, inputs and outputs. */
export type ApiMatchesContract = Assert<ContractCheck<Api, FileApiContract>>;
