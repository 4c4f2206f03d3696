import { describe, expect, it } from 'vitest';
import { isEthnicMinority } from './derived';

describe('isEthnicMinority', () => {
  it.each([
    ['Kinh', false],
    ['kinh', false],
    ['KINH', false],
    [' Kinh ', false],
    ['Dân tộc Kinh', false],
    ['Kinh (Việt)', false],
    ['Việt', false],
    ['DT: Kinh', false],
    ['Kinh.', false],
    ['', false],
    ['-', false],
    ['Không rõ', false],
    ['Dân tộc', false],
    ['N/A', false],
    ['?', false],
    ['DT', false],
    ['Tày', true],
    ['Mường', true],
    ['dân tộc Thái', true],
  ])('%j → %s', (ethnicity, expected) => {
    expect(isEthnicMinority(ethnicity)).toBe(expected);
  });
});
