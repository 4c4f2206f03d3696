/** The Vietnamese words for stored codes, as a list, a file or a report says them. */
import type { CardType, Gender, MemberStatus } from '../db/schema';
import type { Message } from '../i18n/messages';
import { cardTypeLabels, genderLabels, statusLabels } from './messages';

/** The Vietnamese side of a catalogue: documents speak Vietnamese whatever the UI does. */
const vietnamese = <K extends string>(catalogue: Record<K, Message>) =>
  Object.fromEntries(Object.entries<Message>(catalogue).map(([code, label]) => [code, label.vi])) as Record<K, string>;

/**
 * A member's status in a column or a heading, always Vietnamese whatever the UI's language;
 * written back by the import, so one spelling.
 */
export const STATUS_LABEL: Record<MemberStatus, string> = vietnamese(statusLabels);

export const GENDER_LABEL: Record<Gender, string> = vietnamese(genderLabels);

export const CARD_TYPE_LABEL: Record<CardType, string> = vietnamese(cardTypeLabels);
