import { statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../ipc/errors';
import { say } from '../i18n/messages';
import { workspaceMessages as m } from './messages';
import type { Handlers } from '../ipc/router';
import type { HandlerContext } from '../ipc/context';
import { schemaVersion } from '../db/connection';
import { createDemoBranch } from '../demo/demo';
import type { WorkspaceInfo } from './contract';

async function info(ctx: HandlerContext): Promise<WorkspaceInfo> {
  const db = ctx.workspace.db;
  const branch = await db.selectFrom('branch').select('id').executeTakeFirst();
  return {
    appVersion: ctx.host.appVersion,
    dataFileName: ctx.workspace.fileName,
    schemaVersion: await schemaVersion(db),
    setUp: branch !== undefined,
  };
}

function holdsData(file: string): boolean {
  try {
    return statSync(file).size > 0;
  } catch {
    return false;
  }
}

async function openChosen(ctx: HandlerContext, file: string | null) {
  if (file) await ctx.workspace.open(file);
  return { opened: file !== null, info: await info(ctx) };
}

export const workspaceHandlers: Handlers<
  'workspace.info' | 'workspace.openFile' | 'workspace.newFile' | 'workspace.createDemo'
> = {
  'workspace.info': async (_input, ctx) => info(ctx),
  'workspace.openFile': async (_input, ctx) => openChosen(ctx, await ctx.host.chooseFileToOpen()),
  'workspace.newFile': async (_input, ctx) => {
    const file = await ctx.host.chooseFileToCreate();
    if (file && holdsData(file)) {
      // The dialog asked "replace?", but a data file is never wiped, and silently opening it
      // instead would leave the chair believing they started afresh.
      throw new AppError('VALIDATION', say(m.fileExists, { name: path.basename(file) }));
    }
    return openChosen(ctx, file);
  },
  'workspace.createDemo': async (_input, ctx) => createDemoBranch(ctx.workspace.db, ctx),
};
