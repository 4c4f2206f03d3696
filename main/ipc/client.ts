/**
 * Builds `window.api` from the contract over any transport: ipcRenderer.invoke in the preload,
 * a Playwright binding in the E2E bridge. Browser-safe.
 */
import { channels, type Api, type Channel } from './contract';
import { ApiError, type Envelope } from './errors';

export type Invoke = (channel: Channel, input: unknown) => Promise<Envelope<unknown>>;

export function createApiClient(invoke: Invoke): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) {
    const [area, verb] = channel.split('.') as [string, string];
    api[area] ??= {};
    api[area][verb] = async (input: unknown) => {
      const result = await invoke(channel, input);
      if (!result.ok) throw new ApiError(result.error);
      return result.data;
    };
  }
  return api as Api;
}
