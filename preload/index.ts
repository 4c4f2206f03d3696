/**
 * The only bridge between the sandboxed renderer and main: `window.api`, built from the IPC
 * contract. No Node, no ipcRenderer, no paths reach the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridgeApi } from '../main/ipc/client';
import { ipcChannelName } from '../main/ipc/contract';
import type { Envelope } from '../main/ipc/errors';

const api = createBridgeApi(
  (channel, input) => ipcRenderer.invoke(ipcChannelName(channel), input) as Promise<Envelope<unknown>>,
);

contextBridge.exposeInMainWorld('api', api);
