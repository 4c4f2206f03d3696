import type { Handlers } from '../ipc/router';
import { applyLanguage } from './language';
import { messageLanguage } from './messages';

export const i18nHandlers: Handlers<'i18n.setLanguage'> = {
  'i18n.setLanguage': async ({ language }) => {
    const changed = language !== messageLanguage();
    applyLanguage(language);
    return { changed };
  },
};
