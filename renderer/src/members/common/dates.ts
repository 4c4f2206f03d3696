import { ageOn, isIsoDate } from '../../../../main/vi/dates';
import { formatDate, todayIso } from '../../lib/format';

/** "05/02/2026 14:30" in local time, for audit timestamps (stored as ISO UTC). */
export function formatDateTime(isoTimestamp: string): string {
  const d = new Date(isoTimestamp);
  if (Number.isNaN(d.getTime())) return isoTimestamp;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(todayIso(d))} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Whole years of age today, or null without a usable date of birth. */
export function ageToday(dateOfBirth: string | null): number | null {
  return dateOfBirth && isIsoDate(dateOfBirth) ? ageOn(dateOfBirth, todayIso()) : null;
}
