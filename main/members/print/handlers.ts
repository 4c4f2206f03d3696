import path from 'node:path';
import type { Db } from '../../db/connection';
import type { HandlerContext } from '../../ipc/context';
import type { Handlers } from '../../ipc/router';
import { countPdfPages } from '../../pdf/render';
import { todayIso } from '../../vi/dates';
import { writeFileSafely } from '../../workspace/save-file';
import type { SavePdfInput } from './contract';
import { printCardRequest, printMemberList, printMemberProfile, type PrintedDocument } from './index';

type PrintChannel = 'members.printList' | 'members.printCardRequest' | 'members.printProfile' | 'members.savePdf';

function render(db: Db, input: SavePdfInput, date: string): Promise<PrintedDocument> {
  switch (input.kind) {
    case 'list':
      return printMemberList(db, { groupId: input.groupId, date });
    case 'cardRequest':
      return printCardRequest(db, date);
    case 'profile':
      return printMemberProfile(db, input.id, date);
  }
}

/** Opens the preview; returns the document with what the chair is told of it. */
async function preview(ctx: HandlerContext, input: SavePdfInput) {
  const doc = await render(ctx.workspace.db, input, todayIso(ctx.now()));
  await ctx.host.previewPdf(doc.pdf, doc.title);
  return { doc, result: { pages: countPdfPages(doc.pdf), members: doc.members } };
}

export const memberPrintHandlers: Handlers<PrintChannel> = {
  'members.printList': async ({ groupId }, ctx) => (await preview(ctx, { kind: 'list', groupId })).result,
  'members.printCardRequest': async (_input, ctx) => {
    const { doc, result } = await preview(ctx, { kind: 'cardRequest' });
    return { ...result, withoutCccd: doc.withoutCccd ?? 0 };
  },
  'members.printProfile': async ({ id }, ctx) => (await preview(ctx, { kind: 'profile', id })).result,
  'members.savePdf': async (input, ctx) => {
    // Rendered before the dialog, so "nobody needs a card" or a missing tổ is said at once
    // instead of after the chair has picked a folder.
    const doc = await render(ctx.workspace.db, input, todayIso(ctx.now()));
    const file = await ctx.host.chooseSaveFile(doc.fileName, 'pdf');
    if (!file) return { saved: false, fileName: null };
    await writeFileSafely(file, doc.pdf, ctx.workspace.file);
    return { saved: true, fileName: path.basename(file) };
  },
};
