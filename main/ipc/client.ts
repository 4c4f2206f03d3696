/**
 * Builds the API objects from the contract over any transport: ipcRenderer.invoke in the
 * preload, a Playwright binding in the E2E bridge, the router itself in tests. Browser-safe.
 */
import { channels, type Api, type BridgeApi, type Channel } from './contract';
import { unwrap, type Envelope } from './errors';

export type Invoke = (channel: Channel, input: unknown) => Promise<Envelope<unknown>>;

type Methods = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;

function build(call: (channel: Channel, input: unknown) => Promise<unknown>): Methods {
  const api: Methods = {};
  for (const channel of channels) {
    const [area, verb] = channel.split('.') as [string, string];
    api[area] ??= {};
    api[area][verb] = (input: unknown) => call(channel, input);
  }
  return api;
}

/** `window.api` as the preload exposes it: every call resolves to an Envelope, never throws. */
export function createBridgeApi(invoke: Invoke): BridgeApi {
  return build(invoke) as unknown as BridgeApi;
}

/** The throwing API, for code that talks to the router directly (tests, CLI-like tools). */
export function createApiClient(invoke: Invoke): Api {
  return build(async (channel, input) => unwrap(await invoke(channel, input))) as unknown as Api;
}
