import type { TFunction } from 'i18next';
import type { MemberDetail } from '../../../../main/members/contract';
import { vi } from '../../i18n/catalogue';
import { formatDate, formatMoney } from '../../lib/format';
import { formatDateTime } from '../common/dates';

type AuditItem = MemberDetail['audit'][number];
type Column = keyof typeof vi.register.audit.columns;
type Status = keyof typeof vi.register.status;
type Kind = keyof typeof vi.register.movement.kinds;

/** The catalogue's own keys tell which stored codes have a label (same keys in every language). */
const isColumn = (key: string): key is Column => Object.hasOwn(vi.register.audit.columns, key);
const isStatus = (v: unknown): v is Status => typeof v === 'string' && Object.hasOwn(vi.register.status, v);
const isKind = (v: unknown): v is Kind => typeof v === 'string' && Object.hasOwn(vi.register.movement.kinds, v);

export interface AuditRow {
  key: number;
  at: string;
  actor: string;
  what: string;
  /** "Label: before → after" for edits, "Label: value" for new entries. */
  changes: { label: string; before: string | null; after: string }[];
}

const DATE_COLUMNS = new Set([
  'date_of_birth',
  'joined_on',
  'card_issued_on',
  'party_joined_on',
  'on_date',
  'decision_date',
  'end_date',
  'valid_from',
  'from_date',
]);
/** Shown for an update only; on a new movement they are noise (the member's id, the new status). */
const SKIP_ON_INSERT = new Set(['status', 'kind', 'corrects_id', 'member_id', 'created_at']);

/** The tổ and salary histories: new entries, and the corrections of a joining date. */
const HISTORY_ACTIONS = {
  salary: {
    insert: 'register.audit.actions.salary',
    update: 'register.audit.actions.salaryDate',
    delete: 'register.audit.actions.salaryDeleted',
  },
  group: {
    insert: 'register.audit.actions.group',
    update: 'register.audit.actions.groupDate',
    delete: 'register.audit.actions.groupDeleted',
  },
} as const;

/**
 * The audit log in the chair's words: Vietnamese labels for the column names, values as on
 * screen (dd/mm/yyyy, 1.234.567 đ, tổ names).
 */
export function auditRows(audit: AuditItem[], groupNames: Map<number, string>, t: TFunction): AuditRow[] {
  const blank = t('register.audit.blank');
  const label = (key: string) => (isColumn(key) ? t(`register.audit.columns.${key}`) : key);

  const value = (key: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return blank;
    if (DATE_COLUMNS.has(key) && typeof v === 'string') return formatDate(v);
    switch (key) {
      case 'gender':
        return v === 'male' || v === 'female' ? t(`register.gender.${v}`) : String(v);
      case 'party_member':
        return v === 1 || v === true ? t('register.member.yes') : t('register.member.no');
      case 'group_id':
        return typeof v === 'number' ? (groupNames.get(v) ?? `#${v}`) : String(v);
      case 'insurance_salary':
      case 'amount':
        return typeof v === 'number' && Number.isSafeInteger(v) ? formatMoney(v) : String(v);
      case 'card_type':
        return v === 'regular' || v === 'linked' ? t(`register.cardType.${v}`) : String(v);
      case 'status':
        return isStatus(v) ? t(`register.status.${v}`) : String(v);
      case 'kind':
        return isKind(v) ? t(`register.movement.kinds.${v}`) : String(v);
      case 'archived_at':
        return typeof v === 'string' ? formatDateTime(v) : String(v);
      default:
        return typeof v === 'object' ? JSON.stringify(v) : String(v);
    }
  };

  return audit.map((item, index) => {
    const entries = Object.entries(item.changes);
    const after = (key: string) => item.changes[key]?.[1];
    let what: string;
    let shown = entries;
    const extra: AuditRow['changes'] = [];
    if (item.table === 'members') {
      what =
        item.action === 'insert'
          ? t('register.audit.actions.memberCreated')
          : item.action === 'update'
            ? t('register.audit.actions.memberUpdated')
            : t('register.audit.actions.memberDeleted');
      // A new record lists every field; the page above already shows them. How the member
      // came in (kết nạp / chuyển đến, date, decision) is worth a line.
      if (item.action === 'insert') {
        shown = [];
        const first = after('first_movement');
        if (first && typeof first === 'object') {
          const m = first as { kind?: unknown; on_date?: unknown; decision_number?: unknown };
          extra.push({
            label: label('first_movement'),
            before: null,
            after: [
              value('kind', m.kind),
              typeof m.on_date === 'string' ? formatDate(m.on_date) : null,
              typeof m.decision_number === 'string' && m.decision_number
                ? t('register.movement.decision', { number: m.decision_number })
                : null,
            ]
              .filter(Boolean)
              .join(', '),
          });
        }
      }
    } else if (item.table === 'member_movements') {
      const kind = after('kind');
      // A movement is only ever updated when a corrected joining date moves it.
      what =
        item.action === 'update'
          ? t('register.audit.actions.movementDate')
          : kind === 'correction'
            ? t('register.audit.actions.correction')
            : t('register.audit.actions.movement', { kind: value('kind', kind) });
      shown = entries.filter(([key]) => !SKIP_ON_INSERT.has(key));
    } else if (item.table === 'union_groups') {
      // main gives the tổ as group_id: [led before, leads after].
      const [was, now] = item.changes.group_id ?? [null, null];
      what = now !== null ? t('register.audit.actions.leaderSet') : t('register.audit.actions.leaderUnset');
      shown = [];
      extra.push({ label: label('group_id'), before: null, after: value('group_id', now ?? was) });
    } else if (item.table === 'member_salaries') {
      what = t(HISTORY_ACTIONS.salary[item.action]);
    } else if (item.table === 'member_group_history') {
      what = t(HISTORY_ACTIONS.group[item.action]);
    } else {
      what = t('register.audit.actions.other', { table: item.table });
    }
    return {
      key: index,
      at: formatDateTime(item.at),
      actor: item.actor,
      what,
      changes: [
        ...extra,
        ...shown
          // A new entry lists what it holds; empty values say nothing there.
          .filter(
            ([key, [, now]]) => item.action !== 'insert' || (now !== null && now !== undefined && key !== 'created_at'),
          )
          .map(([key, [before, now]]) => ({
            label: label(key),
            before: item.action === 'update' ? value(key, before) : null,
            // A removed entry is described by what it held.
            after: value(key, item.action === 'delete' ? before : now),
          })),
      ],
    };
  });
}
