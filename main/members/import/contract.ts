/**
 * IPC slice of the member import. Browser-safe (zod only): the mapping and report screens take
 * their types from here.
 */
import { z } from 'zod';
import { ImportField } from './fields';

export const ImportAction = z.enum(['create', 'update', 'skip']);

export const ColumnMapping = z.object({ index: z.number().int().min(0), field: ImportField.nullable() });

const ImportRequest = z.object({
  token: z.string().min(1),
  mapping: z.array(ColumnMapping),
  /** Only when the chair corrects the detected header row. */
  headerRow: z.number().int().positive().nullish(),
  /** The chair's create/update/skip choices by Excel row number; other rows get the default. */
  actions: z.record(z.string().regex(/^\d+$/), ImportAction).optional(),
});

const RowIssue = z.object({ row: z.number().int(), field: z.string(), message: z.string() });

export const ImportColumn = z.object({
  index: z.number().int(),
  /** "A", "B"… as Excel shows it. */
  letter: z.string(),
  header: z.string(),
  field: ImportField.nullable(),
});

export const ImportReport = z.object({
  headerRow: z.number().int().nullable(),
  counts: z.object({
    rows: z.number().int(),
    valid: z.number().int(),
    errors: z.number().int(),
    create: z.number().int(),
    update: z.number().int(),
    skip: z.number().int(),
  }),
  /** Rows with at least one error are not imported. */
  errors: z.array(RowIssue),
  duplicates: z.array(
    z.object({
      row: z.number().int(),
      sameAsRow: z.number().int().nullable(),
      memberId: z.number().int().nullable(),
      memberName: z.string().nullable(),
      cccd: z.string().nullable(),
      by: z.enum(['cccd', 'nameAndBirth', 'nameAndBirthOtherCccd']),
      memberCccd: z.string().nullable(),
      /** The default, or the chair's choice. */
      action: ImportAction,
      identical: z.boolean(),
    }),
  ),
  skipped: z.array(z.object({ row: z.number().int(), reason: z.string() })),
  /** What an imported row does not do although the file asks it; the row is imported. */
  notes: z.array(RowIssue),
  /** Tổ the file names that the register does not have; the commit creates them. */
  newGroups: z.array(z.string()),
  /** Required fields no column is mapped to: every row will miss them. */
  missingFields: z.array(ImportField),
  /** The first rows as they will be imported. */
  rows: z.array(
    z.object({
      row: z.number().int(),
      status: z.enum(['valid', 'duplicate', 'error']),
      action: ImportAction,
      values: z.record(z.string(), z.string()),
      /** The row's tổ is not in the register: the commit creates it. */
      newGroup: z.boolean(),
      errors: z.array(RowIssue),
    }),
  ),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** Where the header is, what each column seems to hold, and the first data rows under it. */
const ImportLayout = z.object({
  headerRow: z.number().int().nullable(),
  columns: z.array(ImportColumn),
  /** The first data rows as text, by column index. */
  sampleRows: z.array(z.object({ row: z.number().int(), cells: z.array(z.string()) })),
});

export const memberImportContract = {
  /** Opens the file dialog, reads the file and guesses the header and the columns. */
  'members.importChoose': {
    input: z.void(),
    output: z.union([
      z.object({ cancelled: z.literal(true) }),
      ImportLayout.extend({
        cancelled: z.literal(false),
        token: z.string(),
        /** The file's name, without its folder. */
        fileName: z.string(),
      }),
    ]),
  },
  /** The columns again when the chair says the header is on another row (null: as detected). */
  'members.importLayout': {
    input: z.object({ token: z.string().min(1), headerRow: z.number().int().positive().nullable() }),
    output: ImportLayout,
  },
  'members.importPreview': { input: ImportRequest, output: ImportReport },
  /** Starts the import as a job (jobs.get / jobs.cancel); its result is {created, updated, skipped}. */
  'members.importCommit': { input: ImportRequest, output: z.object({ jobId: z.string() }) },
} as const;
