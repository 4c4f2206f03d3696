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
    __scdInvoke: (channel: Channel, input: unknown) => Promise<Envelope<unknown>>;
  }
}

window.api = createBridgeApi((channel, input) => window.__scdInvoke(channel, input));
