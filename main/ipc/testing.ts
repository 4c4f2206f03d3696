/** A router over a fresh temp branch file with a recording fake host, for integration tests. */
import type { HandlerContext, Host } from './context';
import { createRouter } from './router';
import { createApiClient } from './client';
import { channels } from './contract';
import { Workspace } from '../workspace/workspace';
import { tempDir, testActor } from '../db/testing/temp-db';

export interface FakeHost extends Host {
  previews: { pdf: Buffer; title: string }[];
  nextOpen: string | null;
  nextCreate: string | null;
  nextImport: string | null;
  nextSave: string | null;
}

export function fakeHost(): FakeHost {
  const host: FakeHost = {
    appVersion: 'test',
    previews: [],
    nextOpen: null,
    nextCreate: null,
    nextImport: null,
    nextSave: null,
    chooseFileToOpen: async () => host.nextOpen,
    chooseFileToCreate: async () => host.nextCreate,
    chooseFileToImport: async () => host.nextImport,
    chooseSaveFile: async () => host.nextSave,
    previewPdf: async (pdf, title) => {
      host.previews.push({ pdf, title });
    },
  };
  return host;
}

export async function testRouter() {
  const tmp = tempDir();
  const workspace = new Workspace();
  await workspace.open(tmp.file());
  const host = fakeHost();
  const ctx: HandlerContext = { ...testActor, workspace, host };
  const errors: unknown[] = [];
  const router = createRouter(ctx, (err) => errors.push(err));
  return {
    ctx,
    host,
    tmp,
    router,
    /** Unexpected errors the router logged (INTERNAL). */
    errors,
    api: createApiClient(channels, (channel, input) => router.handle(channel, input)),
    async close() {
      await workspace.close();
      tmp.remove();
    },
  };
}
