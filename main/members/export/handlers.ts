import path from 'node:path';
import type { Handlers } from '../../ipc/router';
import { todayIso } from '../../vi/dates';
import { listLayouts, removeLayout, saveLayout } from './layouts';
import { writeFileSafely } from '../../workspace/save-file';
import { exportMembers } from './service';

export const memberExportHandlers: Handlers<
  'members.export' | 'members.exportLayouts' | 'members.saveExportLayout' | 'members.removeExportLayout'
> = {
  'members.export': async ({ format, layoutId, ...filter }, ctx) => {
    // Built first: an empty or failing export should not cost the chair a trip to the dialog.
    const file = await exportMembers(ctx.workspace.db, format, filter, todayIso(ctx.now()), layoutId);
    const target = await ctx.host.chooseSaveFile(file.defaultName, format);
    if (!target) return { saved: false, fileName: null, members: file.members };
    await writeFileSafely(target, file.bytes, ctx.workspace.file);
    return { saved: true, fileName: path.basename(target), members: file.members };
  },
  'members.exportLayouts': async (_input, ctx) => listLayouts(ctx.workspace.db),
  'members.saveExportLayout': async (input, ctx) => saveLayout(ctx.workspace.db, ctx, input),
  'members.removeExportLayout': async (input, ctx) => removeLayout(ctx.workspace.db, ctx, input.id),
};
