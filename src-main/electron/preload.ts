import { contextBridge, ipcRenderer } from 'electron';
import type { KiemPhieuBridge } from '../../src-renderer/api/client';

/** The whole bridge: one typed function. The renderer never sees ipcRenderer itself. */
const bridge = {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('kiem-phieu:invoke', method, input),
} satisfies KiemPhieuBridge;

contextBridge.exposeInMainWorld('kiemPhieu', bridge);
