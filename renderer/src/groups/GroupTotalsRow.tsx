import { Table } from 'antd';
import type { UnionGroup } from '../../../main/members/contract';
import { formatNumber } from '../lib/format';

/**
 * The "Cộng" row under a table of tổ (STT, tên, tổ trưởng, đoàn viên, nữ …): shown by the
 * dashboard and the tổ page alike, only when there is more than one tổ to add up.
 */
export function GroupTotalsRow({
  groups,
  label,
  trailingCells = 0,
}: {
  groups: UnionGroup[];
  label: string;
  trailingCells?: number;
}) {
  if (groups.length <= 1) return null;
  const total = (pick: (g: UnionGroup) => number) => formatNumber(groups.reduce((sum, g) => sum + pick(g), 0));
  return (
    <Table.Summary.Row className="scd-summary-row">
      <Table.Summary.Cell index={0} colSpan={3}>
        <strong>{label}</strong>
      </Table.Summary.Cell>
      <Table.Summary.Cell index={3} align="right">
        <strong>{total((g) => g.memberCount)}</strong>
      </Table.Summary.Cell>
      <Table.Summary.Cell index={4} align="right">
        <strong>{total((g) => g.femaleCount)}</strong>
      </Table.Summary.Cell>
      {Array.from({ length: trailingCells }, (_, i) => (
        <Table.Summary.Cell key={i} index={5 + i} />
      ))}
    </Table.Summary.Row>
  );
}
