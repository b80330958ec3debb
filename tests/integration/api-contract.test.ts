import { describe, expect, it } from 'vitest';
import { FILE_API_METHODS, isApiMethod, WORKSPACE_METHODS } from '../../shared/api/method-names';
import { teamsWorkspaceApi } from '../../src-main/app/teams-workspace-api';
import { Workspace, workspaceApi } from '../../src-main/app/workspace';
import { openTestApp, tempDir } from '../helpers/api';

/** The contract's name lists are what the routers check against: they must be what the implementations build. */
describe('the api contract', () => {
  it('names exactly the methods buildApi builds', () => {
    expect(Object.keys(openTestApp().api).sort()).toEqual([...FILE_API_METHODS].sort());
  });

  it('names exactly the methods of the workspace', () => {
    const dir = tempDir();
    const workspace = new Workspace({ documentsDir: dir, settingsDir: dir });
    try {
      expect(Object.keys({ ...workspaceApi(workspace, 'browser'), ...teamsWorkspaceApi(workspace, 'browser') }).sort()).toEqual([...WORKSPACE_METHODS].sort());
    } finally {
      workspace.close();
    }
  });

  it('tells a method from any other name', () => {
    expect(isApiMethod('enterBallot')).toBe(true);
    expect(isApiMethod('workspaceInfo')).toBe(true);
    expect(isApiMethod('toString')).toBe(false);
    expect(isApiMethod('dropTables')).toBe(false);
  });
});
