import { setZodLanguage } from '../ipc/zod-vi';
import { setMessageLanguage, type Language } from './messages';

/** What main says from now on: its own messages and zod's fallback ones. */
export function applyLanguage(language: Language): void {
  setMessageLanguage(language);
  setZodLanguage(language);
}
