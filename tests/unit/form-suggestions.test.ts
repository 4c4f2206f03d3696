/** The member form's suggestion boxes that start filled ("Kinh", "Không"). */
import { describe, expect, it } from 'vitest';
import { suggestionFilter } from '../../renderer/src/members/form/values';

const options = ['Kinh', 'Tày', 'Thái', 'Mường'].map((value) => ({ value }));
const shown = (input: string) => options.filter((o) => suggestionFilter(options)(input, o)).map((o) => o.value);

describe('suggestionFilter', () => {
  it('offers every suggestion while the box holds one of them', () => {
    expect(shown('Kinh')).toEqual(['Kinh', 'Tày', 'Thái', 'Mường']);
  });

  it('filters by what is typed, marks ignored', () => {
    expect(shown('ta')).toEqual(['Tày']);
    expect(shown('muong')).toEqual(['Mường']);
    expect(shown('Khơ Mú')).toEqual([]);
  });
});
