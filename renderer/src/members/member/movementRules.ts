/**
 * Which movements the chair may record or cancel now, asked of main's own rules (pure
 * functions, browser-safe) so the dialog never offers what the server would refuse.
 */
import type { Movement, MovementKind } from '../../../../main/members/contract';
import { cancelProblem, MOVEMENT_KINDS, movementProblem, type MovementLike } from '../../../../main/members/movements';

const asLike = (movements: Movement[]): MovementLike[] =>
  movements.map((m) => ({ id: m.id, kind: m.kind, on_date: m.onDate, corrects_id: m.correctsId }));

/** Kinds that can follow the member's log today. */
export function allowedKinds(movements: Movement[], today: string): MovementKind[] {
  const log = asLike(movements);
  return MOVEMENT_KINDS.filter((kind) => movementProblem(log, kind, today, today) === null);
}

/** The one movement that can be cancelled (the latest effective one, not the first), if any. */
export function cancellableId(movements: Movement[]): number | null {
  const log = asLike(movements);
  for (const m of movements) {
    if (m.kind !== 'correction' && !m.cancelled && cancelProblem(log, m.id) === null) return m.id;
  }
  return null;
}
