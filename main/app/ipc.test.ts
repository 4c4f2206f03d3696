import { describe, expect, it, vi } from 'vitest';
import { ipcChannelName } from '../ipc/client';
import { channels } from '../ipc/contract';
import type { Router } from '../ipc/router';
import { fakeElectron, resetFakeElectron } from './testing/fake-electron';
import { isTrustedSender, registerIpc } from './ipc';

vi.mock('electron', async () => (await import('./testing/fake-electron')).fakeElectron);

const { ipcMain } = fakeElectron;
const trustedFrame = { url: 'app://bundle/index.html', parent: null };

function registered() {
  resetFakeElectron();
  const router = { handle: vi.fn<Router['handle']>(async () => ({ ok: true as const, data: 'routed' })) };
  registerIpc(ipcMain, router);
  return router;
}

describe('registerIpc', () => {
  it('registers exactly one handler per contract channel', () => {
    registered();
    expect(ipcMain.handle).toHaveBeenCalledTimes(channels.length);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(channels.map(ipcChannelName).sort());
  });

  it('passes a call from the app’s top frame to the router', async () => {
    const router = registered();
    const channel = channels[0]!;
    await expect(ipcMain.invoke(ipcChannelName(channel), { a: 1 }, trustedFrame)).resolves.toEqual({
      ok: true,
      data: 'routed',
    });
    expect(router.handle).toHaveBeenCalledWith(channel, { a: 1 });
  });

  it.each([
    ['an iframe of the app', { url: 'app://bundle/index.html', parent: trustedFrame }],
    ['a foreign page', { url: 'https://example.com/', parent: null }],
    ['a look-alike host', { url: 'app://bundle.evil/index.html', parent: null }],
    ['a local file', { url: 'file:///tmp/evil.html', parent: null }],
    ['a destroyed frame (null)', null],
  ])('refuses %s with FORBIDDEN and never reaches the router', async (_name, frame) => {
    const router = registered();
    for (const channel of channels) {
      await expect(ipcMain.invoke(ipcChannelName(channel), undefined, frame)).resolves.toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: expect.stringMatching(/từ chối/) },
      });
    }
    expect(router.handle).not.toHaveBeenCalled();
  });
});

describe('isTrustedSender', () => {
  it('treats a frame that throws on access (disposed) as untrusted', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    expect(isTrustedSender({ senderFrame: disposed } as never)).toBe(false);
  });
});
