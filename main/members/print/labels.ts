/** The Vietnamese words a printed register uses for stored codes. */
import type { GroupKind, MovementKind } from '../../db/schema';
import type { PrintedGroup } from './data';
import { inLanguage } from '../../i18n/messages';
import { movementKindLabels } from '../messages';

export const MOVEMENT_LABEL: Record<MovementKind, string> = inLanguage(movementKindLabels, 'vi');

/** Members without a tổ still have to appear somewhere in a list grouped by tổ. */
export const NO_GROUP_LABEL = 'Chưa phân tổ';

const GROUP_KIND_WORD: Record<GroupKind, string> = { to: 'Tổ', bo_phan: 'Công đoàn bộ phận' };

/**
 * Names are often stored bare ("Toán - Tin", "Khoa Nội") and read on paper with what the group
 * is: "Tổ Toán - Tin", "Công đoàn bộ phận Khoa Nội". Names that already say it ("Tổ Văn phòng",
 * "CĐBP Khoa Ngoại", "Bộ phận Kế toán") stay as typed.
 */
export function groupTitle({ name, kind }: PrintedGroup): string {
  return /^(tổ|công đoàn bộ phận|cđbp|bộ phận)\s/iu.test(name) ? name : `${GROUP_KIND_WORD[kind]} ${name}`;
}

export function romanNumeral(n: number): string {
  const steps: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, symbol] of steps) {
    for (; rest >= value; rest -= value) out += symbol;
  }
  return out;
}
