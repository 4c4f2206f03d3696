import path from 'node:path';
import type { Handlers } from '../../ipc/router';
import { todayIso } from '../../vi/dates';
import { exportMembers, writeFileSafely } from './service';

export const memberExportHandlers: Handlers<'members.export'> = {
  'members.export': async ({ format, ...filter }, ctx) => {
    // Built first: an empty or failing export should not cost the chair a trip to the dialog.
    const file = await exportMembers(ctx.workspace.db, format, filter, todayIso(ctx.now()));
    const target = await ctx.host.chooseSaveFile(file.defaultName, format);
    if (!target) return { saved: false, fileName: null, members: file.members };
    await writeFileSafely(target, file.bytes);
    return { saved: true, fileName: path.basename(target), members: file.members };
  },
};
