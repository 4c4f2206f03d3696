/// <reference types="vite/client" />
import { afterEach, describe, expect, it } from 'vitest';
import { messageLanguage, messages, say, setMessageLanguage, type Message } from './messages';

afterEach(() => setMessageLanguage('vi'));

describe('say', () => {
  const m = messages({
    plain: { vi: 'Chưa mở tệp.', en: 'No file is open.' },
    withParams: { vi: 'Dòng {{row}}: {{field}} sai.', en: 'Row {{row}}: {{field}} is wrong.' },
  });

  it('speaks Vietnamese until told otherwise, and fills in every parameter', () => {
    expect(messageLanguage()).toBe('vi');
    expect(say(m.plain)).toBe('Chưa mở tệp.');
    expect(say(m.withParams, { row: 7, field: 'CCCD' })).toBe('Dòng 7: CCCD sai.');
  });

  it('follows the language set', () => {
    setMessageLanguage('en');
    expect(say(m.withParams, { row: 7, field: 'CCCD' })).toBe('Row 7: CCCD is wrong.');
  });

  it('leaves "{{…}}" in a value alone (a name may hold anything)', () => {
    expect(say(m.withParams, { row: 1, field: '{{row}}' })).toBe('Dòng 1: {{row}} sai.');
  });
});

/** Every capability's catalogue, found by name so that a new one cannot be left out. */
const modules = import.meta.glob<Record<string, unknown>>(['../**/messages.ts', '!./messages.ts'], { eager: true });
const entries = Object.entries(modules).flatMap(([file, module]) =>
  Object.values(module).flatMap((catalogue) =>
    Object.entries(catalogue as Record<string, Message>).map(([key, message]) => [`${file} ${key}`, message] as const),
  ),
);
const paramsIn = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((p) => p[1]).sort();

describe('the catalogues', () => {
  it('are found', () => {
    expect(entries.length).toBeGreaterThan(10);
  });

  it.each(entries)('%s has both languages with the same parameters', (_name, message) => {
    expect(message.vi.trim()).not.toBe('');
    expect(message.en.trim()).not.toBe('');
    expect(message.en).not.toBe(message.vi);
    expect(paramsIn(message.en)).toEqual(paramsIn(message.vi));
  });
});
