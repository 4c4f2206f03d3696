import { z } from 'zod';
import { id, isoDate, optionalText, reject, requiredText, text } from '../ipc/zod-vi';
import { ipcMessages } from '../ipc/messages';
import { say, type Message } from '../i18n/messages';
import { isIsoDate } from '../vi/dates';
import { bareNumber } from '../vi/text';
import { MOVEMENT_KINDS } from './movements';
import { groupMessages, memberMessages as m } from './messages';

export const Gender = z.enum(['male', 'female'], { error: () => say(m.chooseGender) });
export const CardType = z.enum(['regular', 'linked']);
export const MemberStatus = z.enum(['active', 'suspended', 'transferred_out', 'left', 'removed', 'expelled']);
export type MemberStatus = z.infer<typeof MemberStatus>;
/** Movements a chair records (the initial kết nạp/chuyển đến is made with the member). */
export const MovementKind = z.enum(MOVEMENT_KINDS);
export type MovementKind = z.infer<typeof MovementKind>;

const optionalDate = () =>
  z
    .string()
    .nullish()
    .transform((s, ctx) => (!s ? null : isIsoDate(s) ? s : reject(ctx, say(ipcMessages.invalidDate), s)));

/** A required date: empty, null and missing all get the field's own message, not zod's type error. */
const requiredDate = (message: Message) =>
  z
    .string()
    .nullish()
    .transform((s, ctx) => (s && isIsoDate(s) ? s : reject(ctx, say(message), s)));

/** Digits only: people type CCCD and phone numbers with spaces and dots. */
const digitsOnly = (s: string | null | undefined) => (s ? bareNumber(s) : '');

/** Optional text read by `read` (null when empty) and checked by `valid`, in one step. */
const optionalChecked = (read: (s: string | null | undefined) => string, valid: RegExp, message: Message) =>
  z
    .string()
    .nullish()
    .transform((s, ctx) => {
      const value = read(s);
      if (value === '') return null;
      return valid.test(value) ? value : reject(ctx, say(message), s);
    });

const cccd = optionalChecked(digitsOnly, /^\d{12}$/, m.cccdDigits);

/**
 * Vietnamese numbers since the 2017-2018 renumbering: mobile 10 digits (03/05/07/08/09), landline
 * 11 digits (02x: 024 Hà Nội, 028 TP. Hồ Chí Minh, 0236…); +84 or 84 stands for the leading 0.
 */
const phone = optionalChecked(
  (s) => digitsOnly(s).replace(/^\+?84(?=\d{9,10}$)/, '0'),
  /^(0[35789]\d{8}|02\d{9})$/,
  m.phone,
);

const email = optionalChecked((s) => (s ? s.trim() : ''), z.regexes.email, m.email);

const money = z
  .number({ error: () => say(m.moneyNotNumber) })
  .int({ error: () => say(m.moneyNotWhole) })
  .min(0, { error: () => say(m.moneyNegative) });

/** The fields of a member record, as the form, the import and the CLI send them. */
export const MemberFields = z.object({
  fullName: requiredText(m.enterFullName, 100),
  dateOfBirth: requiredDate(m.enterDateOfBirth),
  gender: Gender,
  ethnicity: text().pipe(z.string().max(40)).default('Kinh'),
  religion: text().pipe(z.string().max(40)).default('Không'),
  cccd,
  phone,
  email,
  education: optionalText(100),
  jobTitle: optionalText(100),
  unionPosition: optionalText(100),
  groupId: id().nullable().default(null),
  joinedOn: requiredDate(m.enterJoinedOn),
  memberCode: optionalText(30),
  cardNumber: optionalText(30),
  cardIssuedOn: optionalDate(),
  cardType: CardType.nullable().default(null),
  cardStatus: optionalText(40),
  partyMember: z.boolean().default(false),
  partyJoinedOn: optionalDate(),
  /** Lương làm căn cứ đóng BHXH now; a change becomes a new row of the salary history. */
  insuranceSalary: money.nullable().default(null),
  notes: optionalText(1000),
});
export type MemberFieldsInput = z.input<typeof MemberFields>;
export type MemberFields = z.output<typeof MemberFields>;

export const MemberListItem = z.object({
  id: z.number().int(),
  fullName: z.string(),
  gender: Gender,
  dateOfBirth: z.string().nullable(),
  groupId: z.number().int().nullable(),
  groupName: z.string().nullable(),
  jobTitle: z.string().nullable(),
  unionPosition: z.string().nullable(),
  joinedOn: z.string().nullable(),
  partyMember: z.boolean(),
  cardNumber: z.string().nullable(),
  status: MemberStatus,
});
export type MemberListItem = z.infer<typeof MemberListItem>;

export const AgeBand = z.enum(['under30', '30to39', '40to49', '50plus']);

export const MemberListQuery = z.object({
  /** Free text: any part of the name (marks and đ ignored), CCCD, phone or card number. */
  query: text().optional(),
  groupId: id().optional(),
  /** Default: members still in the branch (active and suspended). */
  status: z.union([MemberStatus, z.literal('current'), z.literal('all')]).default('current'),
  gender: Gender.optional(),
  partyMember: z.boolean().optional(),
  ageBand: AgeBand.optional(),
  hasCard: z.boolean().optional(),
});
export type MemberListQuery = z.input<typeof MemberListQuery>;

/** The first rows of the register for a first screenful, with how many the whole list has. */
export const MemberListHead = z.object({ rows: z.array(MemberListItem), total: z.number().int() });
export type MemberListHead = z.infer<typeof MemberListHead>;

export const Movement = z.object({
  id: z.number().int(),
  kind: z.union([MovementKind, z.literal('correction')]),
  onDate: z.string(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  reason: z.string().nullable(),
  place: z.string().nullable(),
  endDate: z.string().nullable(),
  note: z.string().nullable(),
  correctsId: z.number().int().nullable(),
  /** True when a later correction cancelled this movement. */
  cancelled: z.boolean(),
});
export type Movement = z.infer<typeof Movement>;

export const AuditItem = z.object({
  at: z.string(),
  actor: z.string(),
  action: z.enum(['insert', 'update', 'delete']),
  table: z.string(),
  /** Field → [before, after] for updates; the stored values for inserts. */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
});

export const MemberDetail = z.object({
  id: z.number().int(),
  fields: MemberFields,
  status: MemberStatus,
  groupName: z.string().nullable(),
  salaries: z.array(z.object({ validFrom: z.string(), amount: z.number().int(), note: z.string().nullable() })),
  movements: z.array(Movement),
  groupHistory: z.array(
    z.object({ fromDate: z.string(), groupName: z.string().nullable(), note: z.string().nullable() }),
  ),
  audit: z.array(AuditItem),
  /** Names of every tổ the audit trail mentions by id, merged and closed ones included. */
  groupNames: z.record(z.string(), z.string()),
});
export type MemberDetail = z.infer<typeof MemberDetail>;

export const RecordMovementInput = z.object({
  memberId: id(),
  kind: MovementKind,
  onDate: isoDate(m.enterMovementDate),
  decisionNumber: optionalText(50),
  decisionDate: optionalDate(),
  reason: optionalText(200),
  place: optionalText(200),
  endDate: optionalDate(),
  note: optionalText(1000),
});

export const UnionGroup = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(['to', 'bo_phan']),
  leaderId: z.number().int().nullable(),
  leaderName: z.string().nullable(),
  memberCount: z.number().int(),
  femaleCount: z.number().int(),
});
export type UnionGroup = z.infer<typeof UnionGroup>;

export const Counts = z.object({
  date: z.string(),
  members: z.number().int(),
  female: z.number().int(),
  partyMembers: z.number().int(),
  ethnicMinority: z.number().int(),
  withCard: z.number().int(),
});
export type Counts = z.infer<typeof Counts>;

/** A tạm dừng sinh hoạt whose end date has passed with no khôi phục recorded. */
export const OverdueSuspension = z.object({ id: z.number().int(), fullName: z.string(), endDate: z.string() });
export type OverdueSuspension = z.infer<typeof OverdueSuspension>;

const groupName = requiredText(groupMessages.enterName, 100);

export const membersContract = {
  'members.list': { input: MemberListQuery, output: z.array(MemberListItem) },
  /**
   * The register's first rows, so the screen can paint before the whole list (megabytes at
   * 20,000 members) has crossed to the window.
   */
  'members.listHead': {
    input: MemberListQuery.extend({ limit: z.number().int().min(1).max(500) }),
    output: MemberListHead,
  },
  /** Ids matching the query and filters, in register order: the search box's fast path. */
  'members.search': { input: MemberListQuery, output: z.array(z.number().int()) },
  'members.get': { input: z.object({ id: id() }), output: MemberDetail },
  'members.create': {
    input: z.object({
      fields: MemberFields,
      /** How the member came into the branch: kết nạp here or chuyển đến from elsewhere. */
      entry: z.enum(['admitted', 'transferred_in']).default('admitted'),
      decisionNumber: optionalText(50),
      /**
       * Ngày chuyển đến: the day a transferred member came into this branch, from which they
       * count here; blank = the joining date. Only for chuyển đến.
       */
      enteredOn: optionalDate(),
    }),
    output: z.object({ id: z.number().int() }),
  },
  'members.update': {
    input: z.object({ id: id(), fields: MemberFields, changedOn: isoDate().optional() }),
    output: z.object({ id: z.number().int() }),
  },
  'members.recordMovement': { input: RecordMovementInput, output: MemberDetail },
  'members.cancelMovement': {
    input: z.object({ movementId: id(), note: requiredText(m.enterCancelReason, 500) }),
    output: MemberDetail,
  },
  /** Counts at a date, replayed from the movement log (last year's numbers stay right). */
  'members.countsAt': { input: z.object({ date: isoDate() }), output: Counts },
  /** The dashboard's reminder: suspensions over by `date` that still wait for a khôi phục. */
  'members.overdueSuspensions': { input: z.object({ date: isoDate() }), output: z.array(OverdueSuspension) },
  'groups.list': { input: z.void(), output: z.array(UnionGroup) },
  'groups.create': {
    input: z.object({ name: groupName, kind: z.enum(['to', 'bo_phan']).default('to') }),
    output: UnionGroup,
  },
  'groups.rename': { input: z.object({ id: id(), name: groupName }), output: UnionGroup },
  'groups.setLeader': { input: z.object({ id: id(), memberId: id().nullable() }), output: UnionGroup },
  /** Moves members into a tổ from a date (kept in each member's tổ history). */
  'groups.moveMembers': {
    input: z.object({
      memberIds: z.array(id()).min(1, { error: () => say(groupMessages.chooseMembers) }),
      groupId: id(),
      onDate: isoDate(),
    }),
    output: z.object({ moved: z.number().int() }),
  },
  /**
   * Merges `sourceId` into `targetId`: its members in the branch on `onDate` move, the source is
   * archived; who had left by then stays in it, and joins the target on coming back.
   */
  'groups.merge': {
    input: z.object({ sourceId: id(), targetId: id(), onDate: isoDate() }),
    output: UnionGroup,
  },
} as const;
