/** Zod helpers shared by every capability's contract: NFC text, ISO dates, messages in the UI's language. */
import { z } from 'zod';
import { nfc } from '../vi/text';
import { isIsoDate } from '../vi/dates';
import { say, type Language, type Message } from '../i18n/messages';
import { ipcMessages as m } from './messages';

/** Zod's own messages, for checks without one of ours, in the UI's language. */
export function setZodLanguage(language: Language): void {
  z.config(language === 'en' ? z.locales.en() : z.locales.vi());
}
setZodLanguage('vi');

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

/**
 * Required text with the message shown at the field when it is empty. Messages are said when a
 * value is checked, not when the schema is built, so they follow the UI's language.
 */
export const requiredText = (message: Message, max = 200) =>
  z.string({ error: () => say(message) }).transform((s, ctx) => {
    const cleaned = nfc(s);
    if (cleaned === '') return reject(ctx, say(message), s);
    return cleaned.length > max ? reject(ctx, say(m.tooLong, { max }), s) : cleaned;
  });

/** Optional text: empty becomes null so the database never holds "" and null for the same thing. */
export const optionalText = (max = 500) =>
  z
    .string()
    .nullish()
    .transform((s, ctx) => {
      const cleaned = s ? nfc(s) : '';
      if (cleaned.length > max) return reject(ctx, say(m.tooLong, { max }), s);
      return cleaned === '' ? null : cleaned;
    });

export const isoDate = (message: Message = m.invalidDate) =>
  z.string().refine(isIsoDate, { error: () => say(message) });

export const id = () => z.number().int().positive();
