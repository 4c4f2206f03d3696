import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../main/i18n/messages';
import { vi, en } from './catalogue';

export { LANGUAGES, type Language };

const STORAGE_KEY = 'scd.language';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'vi';
  } catch {
    // Storage can be unavailable (privacy settings); the app must still start, in Vietnamese.
    return 'vi';
  }
}

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  // React escapes what it renders; escaping here too would show &quot; in names.
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not remembered across restarts, but the switch itself still works.
  }
});
document.documentElement.lang = i18n.language;

export function useLanguage(): [Language, (lng: Language) => void] {
  const { i18n: instance } = useTranslation();
  const current = isLanguage(instance.resolvedLanguage) ? instance.resolvedLanguage : 'vi';
  return [current, (lng) => void instance.changeLanguage(lng)];
}

export default i18n;
