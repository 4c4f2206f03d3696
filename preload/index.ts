/**
 * The only bridge between the sandboxed renderer and main: `window.api`, built from the IPC
 * contract. No Node, no ipcRenderer, no paths reach the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridgeApi, ipcChannelName } from '../main/ipc/client';
import type { Channel } from '../main/ipc/contract';
import type { Envelope } from '../main/ipc/errors';

/** The contract's channel names, written in by the build (electron.vite.config.ts): no zod here. */
declare const __SCD_CHANNELS__: readonly Channel[];

const api = createBridgeApi(
  __SCD_CHANNELS__,
  (channel, input) => ipcRenderer.invoke(ipcChannelName(channel), input) as Promise<Envelope<unknown>>,
);

contextBridge.exposeInMainWorld('api', api);
