import { describe, expect, it } from 'vitest';
import { historyOnNewEntry } from './history';

const rows = [
  { id: 1, start: '2015-09-01' },
  { id: 2, start: '2017-03-01' },
  { id: 3, start: '2021-01-01' },
];

describe('historyOnNewEntry', () => {
  it('moves the first row with an earlier entry', () => {
    expect(historyOnNewEntry(rows, '2015-09-01', '2014-01-01')).toEqual({ move: rows[0], drop: [] });
  });

  it('moves the first row with a later entry before the next change', () => {
    expect(historyOnNewEntry(rows, '2015-09-01', '2016-05-01')).toEqual({ move: rows[0], drop: [] });
  });

  it('starts the row in force on a later entry then, and drops the rows before it', () => {
    expect(historyOnNewEntry(rows, '2015-09-01', '2019-01-10')).toEqual({ move: rows[1], drop: [rows[0]] });
  });

  it('keeps a row that already starts on the new entry date', () => {
    expect(historyOnNewEntry(rows, '2015-09-01', '2017-03-01')).toEqual({ move: null, drop: [rows[0]] });
  });

  it('starts on a later entry a history that began after the old one (a tổ first given later)', () => {
    expect(historyOnNewEntry(rows, '2015-01-01', '2019-01-10')).toEqual({ move: rows[1], drop: [rows[0]] });
    expect(historyOnNewEntry(rows, '2014-01-01', '2015-03-01')).toEqual({ move: null, drop: [] });
  });

  it('moves to an earlier entry the row in force on the old date, dropping one replaced that day', () => {
    const sameDay = [
      { id: 1, start: '2015-09-01' },
      { id: 2, start: '2015-09-01' },
      { id: 3, start: '2021-01-01' },
    ];
    expect(historyOnNewEntry(sameDay, '2015-09-01', '2014-01-01')).toEqual({ move: sameDay[1], drop: [sameDay[0]] });
  });

  it('leaves alone an earlier entry for a history that did not begin on the old date, or an unchanged date', () => {
    expect(historyOnNewEntry(rows, '2015-01-01', '2014-01-10')).toEqual({ move: null, drop: [] });
    expect(historyOnNewEntry(rows, '2015-09-01', '2015-09-01')).toEqual({ move: null, drop: [] });
    expect(historyOnNewEntry([], '2015-09-01', '2019-01-10')).toEqual({ move: null, drop: [] });
  });
});
