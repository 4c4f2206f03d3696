/**
 * English has singular forms ("…_one") where a count can be 1; Vietnamese nouns have none, so
 * the same call reads right in both languages.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/catalogue';
import { translator } from './translator';

/** Every key of a catalogue, dotted. */
function keys(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );
}

function lookup(node: object, dotted: string): string {
  return dotted.split('.').reduce<unknown>((at, k) => (at as Record<string, unknown>)[k], node) as string;
}

describe('plural forms', () => {
  it('reads “1 member” and “2 members” in English, and the one Vietnamese form for both', async () => {
    const t = await translator('en');
    expect(t('memberImport.check.import', { n: '1', count: 1 })).toBe('Import 1 member into the register…');
    expect(t('memberImport.check.import', { n: '2', count: 2 })).toBe('Import 2 members into the register…');
    expect(t('register.count', { shown: '1', total: '1', count: 1 })).toBe('Showing 1 of 1 member');
    expect(t('register.count', { shown: '0', total: '0', count: 0 })).toBe('Showing 0 of 0 members');
    const tv = await translator('vi');
    expect(tv('memberImport.check.import', { n: '1', count: 1 })).toBe('Nhập 1 đoàn viên vào sổ…');
    expect(tv('memberImport.check.import', { n: '2', count: 2 })).toBe('Nhập 2 đoàn viên vào sổ…');
  });

  it('has a singular beside every English string that counts in the plural', () => {
    const strings = new Map(keys(en).map((k) => [k, lookup(en, k)]));
    // "Showing the first 200 of 10,000 rows" appears only above 200 rows.
    const manyOnly = new Set(['memberImport.check.previewFirst']);
    const counting = /\{\{(count|n|shown|total|done)\}\} (?:[a-z]+ )?[a-z]+s\b/;
    const missing = [...strings]
      .filter(([k, v]) => counting.test(v) && !k.endsWith('_one') && !manyOnly.has(k))
      .map(([k]) => k)
      .filter((k) => !strings.has(`${k}_one`));
    expect(missing).toEqual([]);
  });

  it('has a plain key beside every singular one, for counts other than 1', () => {
    const all = new Set(keys(en));
    const singulars = [...all].filter((k) => k.endsWith('_one'));
    expect(singulars.length).toBeGreaterThan(5);
    for (const k of singulars) expect(all, k).toContain(k.slice(0, -'_one'.length));
  });
});
