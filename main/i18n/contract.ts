import { z } from 'zod';
import { LANGUAGES } from './messages';

export const i18nContract = {
  /** The UI's language, so that main's messages (validation, import report) follow it. */
  'i18n.setLanguage': {
    input: z.object({ language: z.enum(LANGUAGES) }),
    /** False when main already spoke it: nothing it said before needs asking again. */
    output: z.object({ changed: z.boolean() }),
  },
} as const;
