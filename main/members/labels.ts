/** The Vietnamese words for stored codes, as a list, a file or a report says them. */
import type { CardType, Gender, MemberStatus } from '../db/schema';
import { inLanguage } from '../i18n/messages';
import { cardTypeLabels, genderLabels, statusLabels } from './messages';

/**
 * A member's status in a column or a heading, always Vietnamese whatever the UI's language;
 * written back by the import, so one spelling.
 */
export const STATUS_LABEL: Record<MemberStatus, string> = inLanguage(statusLabels, 'vi');

export const GENDER_LABEL: Record<Gender, string> = inLanguage(genderLabels, 'vi');

export const CARD_TYPE_LABEL: Record<CardType, string> = inLanguage(cardTypeLabels, 'vi');
