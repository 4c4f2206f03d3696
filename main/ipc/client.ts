/**
 * Builds the API objects over any transport: ipcRenderer.invoke in the preload, a Playwright
 * binding in the E2E bridge, the router itself in tests. Browser-safe and without zod: the
 * channel names come from the caller (the contract's `channels`, or the list the preload's build
 * writes in), so the preload does not build every schema at each window start.
 */
import type { Api, BridgeApi, Channel } from './contract';
import { unwrap, type Envelope } from './errors';

export type Invoke = (channel: Channel, input: unknown) => Promise<Envelope<unknown>>;

type Methods = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;

function build(names: readonly Channel[], call: (channel: Channel, input: unknown) => Promise<unknown>): Methods {
  const api: Methods = {};
  for (const channel of names) {
    const [area, verb] = channel.split('.') as [string, string];
    api[area] ??= {};
    api[area][verb] = (input: unknown) => call(channel, input);
  }
  return api;
}

/** `window.api` as the preload exposes it: every call resolves to an Envelope, never throws. */
export function createBridgeApi(names: readonly Channel[], invoke: Invoke): BridgeApi {
  return build(names, invoke) as unknown as BridgeApi;
}

/** The throwing API, for code that talks to the router directly (tests, CLI-like tools). */
export function createApiClient(names: readonly Channel[], invoke: Invoke): Api {
  return build(names, async (channel, input) => unwrap(await invoke(channel, input))) as unknown as Api;
}

/** The Electron IPC channel for a contract channel; prefixed so nothing else collides. */
export const ipcChannelName = (channel: Channel): string => `scd:${channel}`;
