import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { callApi } from '../lib/api';
import type { Language } from '.';

/**
 * Keeps main's messages (validation, the import report) in the window's language. What main
 * said before a switch is asked again, so no Vietnamese error stays on an English screen; at
 * start nothing is, unless main was speaking the other language (a reloaded window).
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
