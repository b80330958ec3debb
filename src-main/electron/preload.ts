import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL, type KiemPhieuBridge } from '../../shared/api/bridge';

/** The whole bridge: one typed function. The renderer never sees ipcRenderer itself. */
const bridge = {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
} satisfies KiemPhieuBridge;

contextBridge.exposeInMainWorld('kiemPhieu', bridge);
