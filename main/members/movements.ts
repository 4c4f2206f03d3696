/**
 * The movement log is the truth about membership: status, and every count "at date D", are
 * replayed from it. Pure functions, so the rules are tested without a database.
 */
import type { MemberStatus, MovementKind } from '../db/schema';
import { formatDate } from '../vi/dates';

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

const STATUS_LABEL: Record<MemberStatus, string> = {
  active: 'đang sinh hoạt',
  suspended: 'đang tạm dừng sinh hoạt',
  transferred_out: 'đã chuyển đi',
  left: 'đã thôi sinh hoạt',
  removed: 'đã bị xóa tên',
  expelled: 'đã bị khai trừ',
};

/** "đã chuyển đi", "đang tạm dừng sinh hoạt"…: the status as a sentence says it. */
export const statusLabel = (status: MemberStatus): string => STATUS_LABEL[status];

const KIND_LABEL: Record<RecordedKind, string> = {
  admitted: 'kết nạp',
  transferred_in: 'chuyển đến',
  transferred_out: 'chuyển đi',
  suspended: 'tạm dừng sinh hoạt',
  restored: 'khôi phục sinh hoạt',
  left: 'thôi sinh hoạt',
  removed: 'xóa tên',
  expelled: 'khai trừ',
};

/**
 * Why `kind` on `onDate` cannot follow the log, in Vietnamese, or null when it can. Movements
 * are appended in date order: a back-dated one would silently rewrite later history.
 */
export function movementProblem(
  movements: readonly MovementLike[],
  kind: RecordedKind,
  onDate: string,
  today: string,
): string | null {
  if (onDate > today) return 'Ngày biến động không được sau ngày hôm nay.';
  const effective = effectiveMovements(movements);
  const last = effective.at(-1);
  if (last && onDate < last.on_date) {
    return `Ngày biến động phải từ ngày của biến động gần nhất (${formatDate(last.on_date)}) trở đi.`;
  }
  const status = currentStatus(movements);
  if (!ALLOWED_FROM[kind].includes(status)) {
    return status === null
      ? `Chưa thể ${KIND_LABEL[kind]}: đoàn viên chưa có quá trình sinh hoạt.`
      : `Không thể ${KIND_LABEL[kind]}: đoàn viên ${STATUS_LABEL[status]}.`;
  }
  return null;
}

/**
 * The movement a corrected "ngày vào công đoàn" should move: the member's first, when it is
 * the joining itself (a kết nạp or chuyển đến on the old date). `problem` says in Vietnamese
 * why the new date cannot be taken: the joining would come after the member's next movement,
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
    const label = KIND_LABEL[limit.kind as RecordedKind];
    return {
      movement,
      // The first movement cannot be cancelled (cancelProblem); a later one can.
      problem: `Ngày vào công đoàn không được sau ngày ${label} (${formatDate(limit.on_date)}).${moves ? ' Nếu biến động đó ghi sai, hãy hủy nó trước.' : ''}`,
    };
  }
  return { movement, problem: null };
}

/** Only the latest effective movement can be cancelled, and never the member's first one. */
export function cancelProblem(movements: readonly MovementLike[], movementId: number): string | null {
  const effective = effectiveMovements(movements);
  const target = effective.find((m) => m.id === movementId);
  if (!target) return 'Biến động này không còn hiệu lực hoặc đã được hủy.';
  if (target !== effective.at(-1)) return 'Chỉ hủy được biến động gần nhất; hãy hủy lần lượt từ biến động mới nhất.';
  if (effective.length === 1) return 'Không thể hủy biến động đầu tiên; hãy sửa ngày vào công đoàn của đoàn viên.';
  return null;
}
