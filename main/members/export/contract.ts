/** IPC slice of the member export (XLSX, CSV, JSON). Browser-safe. */
import { z } from 'zod';
import { MemberListQuery } from '../contract';

export const memberExportContract = {
  /** Asks main for a save location, then writes the list there. */
  'members.export': {
    /**
     * The register's filters (tổ, status, gender…; the whole branch's current members when
     * none), so the file holds what the chair sees listed. The search text is not a filter.
     */
    input: MemberListQuery.omit({ query: true }).extend({ format: z.enum(['xlsx', 'csv', 'json']) }),
    output: z.object({
      saved: z.boolean(),
      /** The name chosen, without its folder; null when the chair cancelled. */
      fileName: z.string().nullable(),
      members: z.number().int(),
    }),
  },
} as const;
