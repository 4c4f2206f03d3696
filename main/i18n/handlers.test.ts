import { afterEach, describe, expect, it } from 'vitest';
import { testRouter } from '../ipc/testing';
import { z } from 'zod';
import { applyLanguage } from './language';
import { messageLanguage } from './messages';

afterEach(() => applyLanguage('vi'));

describe('i18n.setLanguage', () => {
  it('switches what main says, and tells whether anything changed', async () => {
    const t = await testRouter();
    try {
      expect(await t.api.i18n.setLanguage({ language: 'vi' })).toEqual({ changed: false });
      expect(await t.api.i18n.setLanguage({ language: 'en' })).toEqual({ changed: true });
      expect(messageLanguage()).toBe('en');
      // zod's own messages, for checks without one of ours, follow too.
      expect(z.number().safeParse('x').error?.issues[0]?.message).toMatch(/expected number/i);
      expect(await t.router.handle('members.nothing', {})).toEqual({
        ok: false,
        error: { code: 'INTERNAL', message: 'There is no command "members.nothing".' },
      });
      expect(await t.api.i18n.setLanguage({ language: 'en' })).toEqual({ changed: false });
      await t.api.i18n.setLanguage({ language: 'vi' });
      expect(z.number().safeParse('x').error?.issues[0]?.message).not.toMatch(/expected number/i);
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
