// The renderer formats with the same Vietnamese helpers main uses for documents, so a date or
// an amount reads identically on screen and on paper.
export { formatDate, formatPlaceDateLine, todayIso } from '../../../main/vi/dates';
export { formatMoney, formatNumber } from '../../../main/vi/money';
export { searchKey } from '../../../main/vi/text';

/** "52,5%" in Vietnamese, "52.5%" in English; nothing when there is no whole to divide. */
export function formatShare(part: number, whole: number, language: string): string {
  if (whole <= 0) return '';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(part / whole);
}
