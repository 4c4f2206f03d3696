/** The app's catalogues in an i18next instance of their own, for tests of translated text. */
import i18next from 'i18next';
import { en, vi } from '../../renderer/src/i18n/catalogue';

export async function translator(lng: 'vi' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng,
    fallbackLng: 'vi',
    interpolation: { escapeValue: false },
  });
  return i18n.t.bind(i18n);
}
