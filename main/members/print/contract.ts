import { z } from 'zod';
import { id } from '../../ipc/zod-vi';

export const PrintResult = z.object({ pages: z.number().int(), members: z.number().int() });

/** What "Lưu PDF…" saves; `fileName` is the chosen name without folders (null: cancelled). */
export const SavePdfResult = z.object({ saved: z.boolean(), fileName: z.string().nullable() });

export const SavePdfInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('list'), groupId: id().optional() }),
  z.object({ kind: z.literal('cardRequest') }),
  z.object({ kind: z.literal('profile'), id: id() }),
]);
export type SavePdfInput = z.infer<typeof SavePdfInput>;

/** Printed register documents: preview (from which the chair prints) or save as PDF. */
export const memberPrintContract = {
  /** "Danh sách đoàn viên": the whole branch grouped by tổ, or one tổ. */
  'members.printList': { input: z.object({ groupId: id().optional() }), output: PrintResult },
  /** "Danh sách đề nghị cấp thẻ đoàn viên" for current members without a card number. */
  /** `withoutCccd`: listed members the higher union cannot issue a card to until they have one. */
  'members.printCardRequest': {
    input: z.void(),
    output: PrintResult.extend({ withoutCccd: z.number().int() }),
  },
  /** One member's "Phiếu đoàn viên". */
  'members.printProfile': { input: z.object({ id: id() }), output: PrintResult },
  'members.savePdf': { input: SavePdfInput, output: SavePdfResult },
} as const;
