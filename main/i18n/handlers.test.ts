import { afterEach, describe, expect, it } from 'vitest';
import { testRouter } from '../ipc/testing';
import { messageLanguage, setMessageLanguage } from './messages';

afterEach(() => setMessageLanguage('vi'));

describe('i18n.setLanguage', () => {
  it('switches what main says, and tells whether anything changed', async () => {
    const t = await testRouter();
    try {
      expect(await t.api.i18n.setLanguage({ language: 'vi' })).toEqual({ changed: false });
      expect(await t.api.i18n.setLanguage({ language: 'en' })).toEqual({ changed: true });
      expect(messageLanguage()).toBe('en');
      expect(await t.router.handle('members.nothing', {})).toEqual({
        ok: false,
        error: { code: 'INTERNAL', message: 'There is no command "members.nothing".' },
      });
      expect(await t.api.i18n.setLanguage({ language: 'en' })).toEqual({ changed: false });
    } finally {
      await t.close();
    }
  });

  it('refuses a language the UI does not have', async () => {
    const t = await testRouter();
    try {
      const answer = await t.router.handle('i18n.setLanguage', { language: 'fr' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'language' } });
      expect(messageLanguage()).toBe('vi');
    } finally {
      await t.close();
    }
  });
});
