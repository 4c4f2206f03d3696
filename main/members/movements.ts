/**
 * The movement log is the truth about membership: status, and every count "at date D", are
 * replayed from it. Pure functions, so the rules are tested without a database.
 */
import type { MemberStatus, MovementKind } from '../db/schema';
import { formatDate } from '../vi/dates';
import { messageLanguage, say } from '../i18n/messages';
import { memberStatusPhrases, movementKindLabels, movementMessages } from './messages';

export interface MovementLike {
  id: number;
  kind: MovementKind;
  on_date: string;
  corrects_id: number | null;
}

type RecordedKind = Exclude<MovementKind, 'correction'>;

/** The status each movement leads to; its order is the order the dialog offers them in. */
const STATUS_AFTER: Record<RecordedKind, MemberStatus> = {
  admitted: 'active',
  transferred_in: 'active',
  transferred_out: 'transferred_out',
  suspended: 'suspended',
  restored: 'active',
  left: 'left',
  removed: 'removed',
  expelled: 'expelled',
};

/** Every movement a chair can record (all but the correcting entry), in the dialog's order. */
export const MOVEMENT_KINDS = Object.keys(STATUS_AFTER) as [RecordedKind, ...RecordedKind[]];

/** Which statuses each movement may follow (null = the member's first movement). */
const ALLOWED_FROM: Record<RecordedKind, (MemberStatus | null)[]> = {
  admitted: [null, 'transferred_out', 'left', 'removed', 'expelled'],
  transferred_in: [null, 'transferred_out', 'left', 'removed'],
  suspended: ['active'],
  restored: ['suspended'],
  transferred_out: ['active', 'suspended'],
  left: ['active', 'suspended'],
  removed: ['active', 'suspended'],
  expelled: ['active', 'suspended'],
};

/** Members still in the branch: they count in totals, pay dues and appear in lists. */
export const CURRENT_STATUSES: readonly MemberStatus[] = ['active', 'suspended'];

/** Movements not cancelled by a correction, in the order they took effect. */
export function effectiveMovements<M extends MovementLike>(movements: readonly M[]): M[] {
  const cancelled = new Set(movements.filter((m) => m.kind === 'correction').map((m) => m.corrects_id));
  return movements
    .filter((m) => m.kind !== 'correction' && !cancelled.has(m.id))
    .sort((a, b) => a.on_date.localeCompare(b.on_date) || a.id - b.id);
}

/** Status on `date` (inclusive), or null when the member had not yet joined. */
export function statusOn(movements: readonly MovementLike[], date: string): MemberStatus | null {
  let status: MemberStatus | null = null;
  for (const m of effectiveMovements(movements)) {
    if (m.on_date > date) break;
    status = STATUS_AFTER[m.kind as RecordedKind];
  }
  return status;
}

export function currentStatus(movements: readonly MovementLike[]): MemberStatus | null {
  const last = effectiveMovements(movements).at(-1);
  return last ? STATUS_AFTER[last.kind as RecordedKind] : null;
}

/** "đã chuyển đi", "has transferred out"…: the status as a sentence says it after "the member". */
export const statusPhrase = (status: MemberStatus): string => say(memberStatusPhrases[status]);

/**
 * A movement as a refusal names it: inside a Vietnamese sentence its name is in lower case
 * ("Không thể kết nạp"); English quotes the name the movement dialog offers ("Cannot record
 * “Admitted”").
 */
const kindInSentence = (kind: MovementKind): string => {
  const name = say(movementKindLabels[kind]);
  return messageLanguage() === 'vi' ? name.toLocaleLowerCase('vi') : name;
};

/**
 * Why `kind` on `onDate` cannot follow the log, in the UI's language, or null when it can.
 * Movements are appended in date order: a back-dated one would silently rewrite later history.
 */
export function movementProblem(
  movements: readonly MovementLike[],
  kind: RecordedKind,
  onDate: string,
  today: string,
): string | null {
  if (onDate > today) return say(movementMessages.afterToday);
  const effective = effectiveMovements(movements);
  const last = effective.at(-1);
  if (last && onDate < last.on_date) {
    return say(movementMessages.beforeLatest, { date: formatDate(last.on_date) });
  }
  const status = currentStatus(movements);
  if (!ALLOWED_FROM[kind].includes(status)) {
    const name = kindInSentence(kind);
    return status === null
      ? say(movementMessages.notYet, { kind: name })
      : say(movementMessages.notAllowed, { kind: name, status: statusPhrase(status) });
  }
  return null;
}

/**
 * The movement a corrected "ngày vào công đoàn" should move: the member's first, when it is
 * the joining itself (a kết nạp or chuyển đến on the old date). `problem` says why
 * the new date cannot be taken: the joining would come after the member's next movement,
 * or after the first one when that one stays (a chuyển đến later than the joining): counts "at
 * date D" would then have the member in the branch before they joined the union.
 */
export function joiningMovement<M extends MovementLike>(
  movements: readonly M[],
  oldDate: string,
  newDate: string,
): { movement: M | null; problem: string | null } {
  const [first, next] = effectiveMovements(movements);
  if (!first) return { movement: null, problem: null };
  const moves = first.on_date === oldDate && (first.kind === 'admitted' || first.kind === 'transferred_in');
  const limit = moves ? next : first;
  const movement = moves ? first : null;
  if (limit && newDate > limit.on_date) {
    const params = { kind: kindInSentence(limit.kind), date: formatDate(limit.on_date) };
    return {
      movement,
      // The first movement cannot be cancelled (cancelProblem); a later one can.
      problem: say(moves ? movementMessages.joinedAfterNextMovement : movementMessages.joinedAfterMovement, params),
    };
  }
  return { movement, problem: null };
}

/** Only the latest effective movement can be cancelled, and never the member's first one. */
export function cancelProblem(movements: readonly MovementLike[], movementId: number): string | null {
  const effective = effectiveMovements(movements);
  const target = effective.find((m) => m.id === movementId);
  if (!target) return say(movementMessages.noLongerInEffect);
  if (target !== effective.at(-1)) return say(movementMessages.onlyLatest);
  if (effective.length === 1) return say(movementMessages.notTheFirst);
  return null;
}
