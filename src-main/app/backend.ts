import { fail, type Result } from '../../shared/result';
import { FILE_API_METHODS } from '../../shared/api/method-names';
import type { Api } from '../api/build-api';
import { teamsWorkspaceApi, type TeamsWorkspaceApi } from './teams-workspace-api';
import { workspaceApi, type Workspace, type WorkspaceApi } from './workspace';

/** Everything the renderer may call: the workspace, and the api of the open congress file. */
export type Backend = Api & WorkspaceApi & TeamsWorkspaceApi;
export type BackendMethod = keyof Backend;

export interface BackendInvoker {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  /** Whether a name is a method at all (checked before anything runs). */
  has(method: string): boolean;
}

export function createBackend(workspace: Workspace, shell: 'electron' | 'browser'): BackendInvoker {
  const own = { ...workspaceApi(workspace, shell), ...teamsWorkspaceApi(workspace, shell) } as Record<string, (input: unknown) => Result<unknown> | Promise<Result<unknown>>>;
  const names: ReadonlySet<string> = new Set(FILE_API_METHODS);
  return {
    has: (method) => Object.hasOwn(own, method) || names.has(method),
    async invoke(method, input) {
      if (Object.hasOwn(own, method)) return own[method]!(input);
      if (!names.has(method)) return fail('UNKNOWN_METHOD', `Không có thao tác "${method}"`);
      const file = workspace.current;
      if (!file) return fail('NO_FILE_OPEN', 'Chưa mở hồ sơ đại hội nào: hãy tạo mới hoặc mở một hồ sơ');
      const fn = (file.api as unknown as Record<string, (input: unknown) => Result<unknown> | Promise<Result<unknown>>>)[method];
      return fn!(input ?? {});
    },
  };
}
