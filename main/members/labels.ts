/** The Vietnamese words for stored codes, as a list, a file or a report says them. */
import type { MemberStatus } from '../db/schema';
import { statusLabels } from './messages';

/**
 * A member's status in a column or a heading, always Vietnamese whatever the UI's language;
 * written back by the import, so one spelling.
 */
export const STATUS_LABEL = Object.fromEntries(
  Object.entries(statusLabels).map(([status, label]) => [status, label.vi]),
) as Record<MemberStatus, string>;
