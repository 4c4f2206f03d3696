import type { Handlers } from '../ipc/router';
import { messageLanguage, setMessageLanguage } from './messages';

export const i18nHandlers: Handlers<'i18n.setLanguage'> = {
  'i18n.setLanguage': async ({ language }) => {
    const changed = language !== messageLanguage();
    setMessageLanguage(language);
    return { changed };
  },
};
