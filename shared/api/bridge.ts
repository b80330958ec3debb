import type { Result } from '../result';
import type { ApiMethod, MethodInput, MethodOutput } from './contract';

/** The one IPC channel the Electron preload may use. */
export const INVOKE_CHANNEL = 'kiem-phieu:invoke';

/** What the Electron preload exposes to the page (`window.kiemPhieu`): one function, nothing else. */
export interface KiemPhieuBridge {
  invoke<M extends ApiMethod>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
}
