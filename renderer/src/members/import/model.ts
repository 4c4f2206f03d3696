/**
 * The import wizard's state and the small rules the screens share: which file columns feed a
 * reported field, which choices a duplicate row allows, and the report as the chair's choices
 * change it (main checks the choices with the preview; see MemberImportPage).
 */
import type { InputOf, OutputOf } from '../../../../main/ipc/contract';
import type { ImportReport } from '../../../../main/members/import/contract';
import type { ImportField } from '../../../../main/members/import/fields';

export type Chosen = Extract<OutputOf<'members.importChoose'>, { cancelled: false }>;
export type Column = Chosen['columns'][number];
export type { ImportField, ImportReport };
export type Duplicate = ImportReport['duplicates'][number];
export type ImportAction = Duplicate['action'];
/** The field of each file column, by column index; null = "Bỏ qua cột này". */
export type Mapping = Record<number, ImportField | null>;
/** The chair's choices for duplicate rows, by Excel row number. */
export type Actions = Record<number, ImportAction>;
export type PreviewRequest = InputOf<'members.importPreview'>;

/** The mapping main guessed from the headers (of the detected row, or the one the chair gave). */
export const initialMapping = (layout: Pick<Chosen, 'columns'>): Mapping =>
  Object.fromEntries(layout.columns.map((c) => [c.index, c.field]));

export const toRequestMapping = (chosen: Chosen, mapping: Mapping): PreviewRequest['mapping'] =>
  chosen.columns.map((c) => ({ index: c.index, field: mapping[c.index] ?? null }));

/** Fields the required ones can come from when a list splits them over two columns. */
const SOURCES: Partial<Record<string, ImportField[]>> = {
  fullName: ['fullName', 'familyMiddleName', 'givenName'],
  dateOfBirth: ['dateOfBirth', 'genderMale', 'genderFemale'],
  gender: ['gender', 'genderMale', 'genderFemale'],
  groupId: ['groupName'],
};

/** "C, D" for a reported field: the file columns its value was read from. */
export function lettersFor(field: string, chosen: Chosen, mapping: Mapping): string {
  const sources = SOURCES[field] ?? [field];
  return chosen.columns
    .filter((c) => {
      const mapped = mapping[c.index];
      return mapped !== null && mapped !== undefined && sources.includes(mapped);
    })
    .map((c) => c.letter)
    .join(', ');
}

/**
 * What the chair may choose for a duplicate. Main refuses the others (a CCCD already in the
 * register cannot be added twice; a row with no register match cannot update one).
 */
export function allowedActions(d: Duplicate): ImportAction[] {
  if (d.memberId !== null) return d.by === 'cccd' ? ['update', 'skip'] : ['update', 'create', 'skip'];
  return d.by === 'cccd' ? ['skip'] : ['create', 'skip'];
}

/** Required fields, then the split alternatives, then everything else: the Select's groups. */
export const REQUIRED_FIELDS: readonly ImportField[] = ['fullName', 'dateOfBirth', 'gender', 'joinedOn'];
export const ALTERNATIVE_FIELDS: readonly ImportField[] = [
  'familyMiddleName',
  'givenName',
  'genderMale',
  'genderFemale',
];

/** Preview columns in the order of the register, after the Excel row and the outcome. */
export const PREVIEW_FIELDS = [
  'fullName',
  'dateOfBirth',
  'gender',
  'cccd',
  'phone',
  'groupName',
  'joinedOn',
  'enteredOn',
  'partyMember',
  'insuranceSalary',
  'ethnicity',
  'religion',
  'education',
  'jobTitle',
  'unionPosition',
  'cardNumber',
  'cardIssuedOn',
  'cardType',
  'cardStatus',
  'memberCode',
  'partyJoinedOn',
  'email',
  'notes',
  'status',
] as const;

/**
 * The choices that still apply to a report: a row the chair chose for that is no longer a
 * duplicate (another mapping, a register changed meanwhile), or no longer allows the choice,
 * goes back to the default. Returns `actions` itself when nothing is dropped.
 */
export function choicesStillValid(report: ImportReport, actions: Actions): Actions {
  const byRow = new Map(report.duplicates.map((d) => [d.row, d]));
  const kept = Object.entries(actions).filter(([row, action]) => {
    const d = byRow.get(Number(row));
    return d !== undefined && allowedActions(d).includes(action);
  });
  return kept.length === Object.keys(actions).length ? actions : Object.fromEntries(kept);
}

export interface EffectiveReport {
  counts: ImportReport['counts'];
  skipped: { row: number; reason: string; byChoice: boolean }[];
  /** The action a row will get at the commit: the chair's choice, else the preview's. */
  actionOf: (row: number, preview: ImportAction) => ImportAction;
  errorRows: Set<number>;
}

/**
 * The report as the chair's latest choices make it. The preview is checked again with the
 * choices (a row switched to "update" may fail only then); until that answer arrives, the
 * counts and the skipped list already follow the choice, so the screen answers the click.
 */
export function applyActions(report: ImportReport, actions: Actions, skippedByChoice: string): EffectiveReport {
  const counts = { ...report.counts };
  const errorRows = new Set(report.errors.map((e) => e.row));
  const skipped = report.skipped.map((s) =>
    actions[s.row] === 'skip' ? { ...s, reason: skippedByChoice, byChoice: true } : { ...s, byChoice: false },
  );
  const changed = new Map<number, ImportAction>();
  for (const d of report.duplicates) {
    const chosen = actions[d.row];
    if (!chosen || chosen === d.action || !allowedActions(d).includes(chosen)) continue;
    changed.set(d.row, chosen);
    // A row with errors is written under no action: only its shown choice changes.
    if (errorRows.has(d.row)) continue;
    counts[d.action]--;
    counts[chosen]++;
    if (d.action === 'skip') {
      const at = skipped.findIndex((s) => s.row === d.row);
      if (at >= 0) skipped.splice(at, 1);
    }
    if (chosen === 'skip') skipped.push({ row: d.row, reason: skippedByChoice, byChoice: true });
  }
  skipped.sort((a, b) => a.row - b.row);
  return {
    counts,
    skipped,
    errorRows,
    actionOf: (row, preview) => changed.get(row) ?? preview,
  };
}

export interface ImportResult {
  created: number;
  updated: number;
  skipped: number;
}

export function readResult(result: unknown): ImportResult {
  const r = (typeof result === 'object' && result !== null ? result : {}) as Partial<ImportResult>;
  return { created: r.created ?? 0, updated: r.updated ?? 0, skipped: r.skipped ?? 0 };
}
