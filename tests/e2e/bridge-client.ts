/**
 * Bundled by bridge.ts into the page's init script: `window.api` built by the same factory the
 * preload uses (envelopes, not exceptions), over a Playwright binding to the real router in the test process instead of
 * Electron's IPC.
 */
import { createBridgeApi } from '../../main/ipc/client';
import type { BridgeApi, Channel } from '../../main/ipc/contract';
import type { Envelope } from '../../main/ipc/errors';

declare global {
  interface Window {
    api: BridgeApi;
    /** Exposed by bridge.ts with page.exposeBinding; forwards to the router. */
    __scdInvoke: (channel: Channel, input: unknown) => Promise<BridgeAnswer>;
  }
}

/** The router's Envelope as JSON text, or where to fetch it when it is large. */
export type BridgeAnswer = { json: string } | { url: string };

async function fetchGzipped(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`The test bridge lost an answer (${url}).`);
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
}

/** The contract's channel names, written in by bridge.ts as the preload's build does. */
declare const __SCD_CHANNELS__: readonly Channel[];

window.api = createBridgeApi(__SCD_CHANNELS__, async (channel, input) => {
  const answer = await window.__scdInvoke(channel, input);
  const json = 'json' in answer ? answer.json : await fetchGzipped(answer.url);
  return JSON.parse(json) as Envelope<unknown>;
});
