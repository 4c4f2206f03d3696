/** IPC slice of the member export (XLSX, CSV, JSON). Browser-safe. */
import { z } from 'zod';
import { id } from '../../ipc/zod-vi';

export const memberExportContract = {
  /** Asks main for a save location, then writes the list there. */
  'members.export': {
    input: z.object({
      format: z.enum(['xlsx', 'csv', 'json']),
      /** One tổ; the whole branch when absent. */
      groupId: id().optional(),
      /** "current": members still in the branch, as the list shows by default. */
      status: z.enum(['current', 'all']).default('current'),
    }),
    output: z.object({
      saved: z.boolean(),
      /** The name chosen, without its folder; null when the chair cancelled. */
      fileName: z.string().nullable(),
      members: z.number().int(),
    }),
  },
} as const;
