import type { Handlers } from '../ipc/router';
import { buildDocDefinition } from '../pdf/frame';
import { countPdfPages, renderPdf } from '../pdf/render';
import { sampleDocument } from '../pdf/sample';
import { todayIso } from '../vi/dates';
import { getSettings, requireSettings, saveSettings } from './service';

export const settingsHandlers: Handlers<'settings.get' | 'settings.save' | 'settings.previewSampleDocument'> = {
  'settings.get': async (_input, ctx) => getSettings(ctx.workspace.db),
  'settings.save': async (input, ctx) => saveSettings(ctx.workspace.db, ctx, input),
  'settings.previewSampleDocument': async (_input, ctx) => {
    const settings = await requireSettings(ctx.workspace.db);
    const doc = sampleDocument({
      higherUnion: settings.higherUnion,
      branchName: settings.branchName,
      place: settings.placeName,
      chairName: settings.chairName,
      date: todayIso(ctx.now()),
    });
    const pdf = await renderPdf(buildDocDefinition(doc));
    await ctx.host.previewPdf(pdf, doc.title);
    return { pages: countPdfPages(pdf) };
  },
};
