/** IPC slice of the member export (XLSX, CSV, JSON) and of the saved column layouts. Browser-safe. */
import { z } from 'zod';
import { say } from '../../i18n/messages';
import { id, requiredText } from '../../ipc/zod-vi';
import { MemberListQuery } from '../contract';
import { EXPORT_COLUMN_KEYS, splitHeading, type ExportColumnKey as ColumnKey } from './catalogue';
import { exportColumnNames, exportMessages as m } from './messages';

export type ExportColumnKey = ColumnKey;
export const ExportColumnKey = z.enum(EXPORT_COLUMN_KEYS as [ExportColumnKey, ...ExportColumnKey[]]);

const validHeading = (header: string) => {
  const { group, label } = splitHeading(header);
  return group === null || (group !== '' && label !== '' && !label.includes('|'));
};

export const ExportLayoutColumn = z.object({
  key: ExportColumnKey,
  header: requiredText(m.columnHeaderRequired, 100).refine(validHeading, { error: () => say(m.twoLevelHeading) }),
});
export type ExportLayoutColumn = z.output<typeof ExportLayoutColumn>;

export const ExportLayout = z.object({
  id: z.number().int(),
  name: z.string(),
  columns: z.array(ExportLayoutColumn),
});
export type ExportLayout = z.output<typeof ExportLayout>;

export const ExportLayoutInput = z.object({
  /** Absent: a new layout; present: that layout changed. */
  id: id().optional(),
  name: requiredText(m.layoutNameRequired, 100),
  columns: z
    .array(ExportLayoutColumn)
    .min(1, { error: () => say(m.noColumns) })
    .superRefine((columns, ctx) => {
      const seen = new Set<ExportColumnKey>();
      columns.forEach((c, i) => {
        if (seen.has(c.key)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'key'],
            message: say(m.duplicateColumn, { column: say(exportColumnNames[c.key]) }),
          });
        }
        seen.add(c.key);
      });
    }),
});
export type ExportLayoutInput = z.output<typeof ExportLayoutInput>;

export const memberExportContract = {
  /** Asks main for a save location, then writes the list there. */
  'members.export': {
    /**
     * The register's filters (tổ, status, gender…; the whole branch's current members when
     * none), so the file holds what the chair sees listed. The search text is not a filter.
     * `layoutId`: the columns of a saved layout instead of the full list (Excel and CSV).
     */
    input: MemberListQuery.omit({ query: true })
      .extend({ format: z.enum(['xlsx', 'csv', 'json']), layoutId: id().optional() })
      .refine((q) => q.layoutId === undefined || q.format !== 'json', {
        error: () => say(m.layoutNotForJson),
        path: ['layoutId'],
      }),
    output: z.object({
      saved: z.boolean(),
      /** The name chosen, without its folder; null when the chair cancelled. */
      fileName: z.string().nullable(),
      members: z.number().int(),
    }),
  },
  /** The saved layouts, by name in Vietnamese order. */
  'members.exportLayouts': { input: z.void(), output: z.array(ExportLayout) },
  'members.saveExportLayout': { input: ExportLayoutInput, output: ExportLayout },
  'members.removeExportLayout': { input: z.object({ id: id() }), output: z.object({ id: z.number().int() }) },
} as const;
