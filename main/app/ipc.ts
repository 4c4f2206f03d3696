import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ipcChannelName } from '../ipc/client';
import { channels } from '../ipc/contract';
import type { Envelope } from '../ipc/errors';
import type { Router } from '../ipc/router';
import { isAppUrl } from './security';
import { say } from '../i18n/messages';
import { appMessages as m } from './messages';

/** Only the top frame of our own bundle may call main; anything else gets FORBIDDEN. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  try {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isAppUrl(frame.url);
  } catch {
    // A frame disposed mid-call throws on property access; it is not trusted either.
    return false;
  }
}

/** Registers one ipcMain handler per contract channel, all through the same router. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, router: Router): void {
  for (const channel of channels) {
    ipcMain.handle(ipcChannelName(channel), async (event, input: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event)) {
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: say(m.notOurWindow) },
        };
      }
      return router.handle(channel, input);
    });
  }
}
