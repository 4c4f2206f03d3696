import { describe, expect, it } from 'vitest';
import {
  cancelProblem,
  currentStatus,
  effectiveMovements,
  movementProblem,
  statusOn,
  type MovementLike,
} from './movements';

const m = (
  id: number,
  kind: MovementLike['kind'],
  on_date: string,
  corrects_id: number | null = null,
): MovementLike => ({
  id,
  kind,
  on_date,
  corrects_id,
});

const log = [
  m(1, 'admitted', '2015-03-01'),
  m(2, 'suspended', '2024-01-10'),
  m(3, 'restored', '2024-06-01'),
  m(4, 'left', '2026-03-01'),
];

describe('status from the movement log', () => {
  it.each([
    ['2015-02-28', null],
    ['2015-03-01', 'active'],
    ['2024-01-10', 'suspended'],
    ['2024-05-31', 'suspended'],
    ['2024-06-01', 'active'],
    ['2026-02-28', 'active'],
    ['2026-03-01', 'left'],
  ])('on %s is %s', (date, status) => {
    expect(statusOn(log, date)).toBe(status);
  });

  it('ignores a cancelled movement and the correction itself', () => {
    const corrected = [...log, m(5, 'correction', '2026-03-05', 4)];
    expect(effectiveMovements(corrected).map((x) => x.id)).toEqual([1, 2, 3]);
    expect(currentStatus(corrected)).toBe('active');
    expect(statusOn(corrected, '2026-12-31')).toBe('active');
  });

  it('orders same-day movements by entry order', () => {
    expect(currentStatus([m(2, 'transferred_out', '2020-01-01'), m(1, 'admitted', '2020-01-01')])).toBe(
      'transferred_out',
    );
  });
});

describe('which movement may come next', () => {
  const active = [m(1, 'admitted', '2015-03-01')];
  const today = '2026-11-23';
  it.each([
    ['transferred_out', active, '2026-01-01', null],
    ['suspended', active, '2026-01-01', null],
    ['restored', active, '2026-01-01', 'Không thể khôi phục sinh hoạt: đoàn viên đang sinh hoạt.'],
    ['admitted', active, '2026-01-01', 'Không thể kết nạp: đoàn viên đang sinh hoạt.'],
    [
      'left',
      [...active, m(2, 'left', '2020-01-01')],
      '2026-01-01',
      'Không thể thôi sinh hoạt: đoàn viên đã thôi sinh hoạt.',
    ],
    ['admitted', [...active, m(2, 'left', '2020-01-01')], '2026-01-01', null],
    [
      'transferred_in',
      [...active, m(2, 'expelled', '2020-01-01')],
      '2026-01-01',
      'Không thể chuyển đến: đoàn viên đã bị khai trừ.',
    ],
    ['left', active, '2014-12-31', 'Ngày biến động phải từ ngày của biến động gần nhất (01/03/2015) trở đi.'],
    ['left', active, '2026-11-24', 'Ngày biến động không được sau ngày hôm nay.'],
    ['restored', [], '2026-01-01', 'Chưa thể khôi phục sinh hoạt: đoàn viên chưa có quá trình sinh hoạt.'],
  ] as const)('%s after %j on %s → %s', (kind, movements, onDate, expected) => {
    expect(movementProblem(movements, kind, onDate, today)).toBe(expected);
  });
});

describe('which movement may be cancelled', () => {
  it('only the latest, never the first', () => {
    expect(cancelProblem(log, 4)).toBeNull();
    expect(cancelProblem(log, 3)).toContain('Chỉ hủy được biến động gần nhất');
    expect(cancelProblem([log[0]!], 1)).toContain('Không thể hủy biến động đầu tiên');
    expect(cancelProblem([...log, m(5, 'correction', '2026-03-05', 4)], 4)).toContain('đã được hủy');
  });
});
