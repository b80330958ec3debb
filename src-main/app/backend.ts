import type { ApiMethod } from '../../shared/api/contract';
import { isFileApiMethod } from '../../shared/api/method-names';
import { fail, type Result } from '../../shared/result';
import { teamsWorkspaceApi } from './teams-workspace-api';
import { workspaceApi, type Workspace } from './workspace';
import { ERROR_CODES } from '../../shared/api/errors';

/** Calls any method of the contract (shared/api/contract.ts); the routers check the name first with isApiMethod. */
export interface BackendInvoker {
  invoke(method: ApiMethod, input: unknown): Promise<Result<unknown>>;
}

type AnyMethod = (input: unknown) => Result<unknown> | Promise<Result<unknown>>;

/** Everything the renderer may call: the workspace, and the api of the open congress file. */
export function createBackend(workspace: Workspace, shell: 'electron' | 'browser'): BackendInvoker {
  const own = { ...workspaceApi(workspace, shell), ...teamsWorkspaceApi(workspace, shell) } as Record<string, AnyMethod>;
  return {
    async invoke(method, input) {
      if (Object.hasOwn(own, method)) return own[method]!(input);
      if (!isFileApiMethod(method)) return fail(ERROR_CODES.unknownMethod, `Không có thao tác "${method}"`);
      const file = workspace.current;
      if (!file) return fail(ERROR_CODES.noFileOpen, 'Chưa mở hồ sơ đại hội nào: hãy tạo mới hoặc mở một hồ sơ');
      const fn = file.api[method] as AnyMethod;
      return fn(input ?? {});
    },
  };
}
