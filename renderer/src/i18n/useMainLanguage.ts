import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { callApi } from '../lib/api';
import type { Language } from '.';

/**
 * Keeps main's messages (validation, the import report) in the window's language. What main
 * said before a switch and the screens still show (lists, the import report) is asked again;
 * a message already under a form field stays as it was until the form is saved again. At
 * start nothing is asked again, unless main was speaking the other language (a reloaded
 * window).
 */
export function useMainLanguage(language: Language): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    callApi('i18n.setLanguage', { language }).then(
      ({ changed }) => changed && void queryClient.invalidateQueries(),
      // Main then keeps its language; every screen still works, its messages untranslated.
      () => {},
    );
  }, [language, queryClient]);
}
