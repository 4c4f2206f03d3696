/** Zod helpers shared by every capability's contract: NFC text, ISO dates, Vietnamese messages. */
import { z } from 'zod';
import { nfc } from '../vi/text';
import { isIsoDate } from '../vi/dates';

// Fallback messages for checks without a message of their own are in Vietnamese too.
z.config(z.locales.vi());

/** Any text from a user: NFC, trimmed, inner whitespace collapsed. */
export const text = () => z.string().transform(nfc);

/** Required text with the message shown at the field when it is empty. */
export const requiredText = (message: string, max = 200) =>
  z
    .string({ error: message })
    .transform(nfc)
    .pipe(z.string().min(1, message).max(max, `Tối đa ${max} ký tự`));

/** Optional text: empty becomes null so the database never holds "" and null for the same thing. */
export const optionalText = (max = 500) =>
  z
    .string()
    .nullish()
    .transform((s) => (s ? nfc(s) : ''))
    .pipe(z.string().max(max, `Tối đa ${max} ký tự`))
    .transform((s) => (s === '' ? null : s));

export const isoDate = (message = 'Ngày không hợp lệ (dd/mm/yyyy)') => z.string().refine(isIsoDate, message);

export const id = () => z.number().int().positive();
