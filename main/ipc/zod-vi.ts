/** Zod helpers shared by every capability's contract: NFC text, ISO dates, Vietnamese messages. */
import { z } from 'zod';
import { nfc } from '../vi/text';
import { isIsoDate } from '../vi/dates';

// Fallback messages for checks without a message of their own are in Vietnamese too.
z.config(z.locales.vi());

/** Any text from a user: NFC, trimmed, inner whitespace collapsed. */
export const text = () => z.string().transform(nfc);

/**
 * A check made inside a transform: the issue goes to the field and its value stops there. The
 * field helpers clean and check in one step, not in a chain of transform and pipe: an import
 * runs 10,000 rows through them, and each link of a chain is another pass of zod's machinery.
 */
export function reject(ctx: z.core.$RefinementCtx, message: string, input: unknown): never {
  ctx.issues.push({ code: 'custom', message, input });
  return z.NEVER;
}

/** Required text with the message shown at the field when it is empty. */
export const requiredText = (message: string, max = 200) =>
  z.string({ error: message }).transform((s, ctx) => {
    const cleaned = nfc(s);
    if (cleaned === '') return reject(ctx, message, s);
    return cleaned.length > max ? reject(ctx, `Tối đa ${max} ký tự`, s) : cleaned;
  });

/** Optional text: empty becomes null so the database never holds "" and null for the same thing. */
export const optionalText = (max = 500) =>
  z
    .string()
    .nullish()
    .transform((s, ctx) => {
      const cleaned = s ? nfc(s) : '';
      if (cleaned.length > max) return reject(ctx, `Tối đa ${max} ký tự`, s);
      return cleaned === '' ? null : cleaned;
    });

export const INVALID_DATE = 'Ngày không hợp lệ (dd/mm/yyyy)';

export const isoDate = (message = INVALID_DATE) => z.string().refine(isIsoDate, message);

export const id = () => z.number().int().positive();
