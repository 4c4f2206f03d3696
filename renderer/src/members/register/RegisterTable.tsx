import { useMemo, useRef } from 'react';
import { CheckOutlined } from '@ant-design/icons';
import { Empty, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MemberListItem } from '../../../../main/members/contract';
import { formatDate } from '../../lib/format';
import { StatusTag } from '../common/StatusTag';
import { useFillHeight } from './useFillHeight';

const orEmpty = (value: string | null) => value ?? '';

interface RegisterTableProps {
  rows: MemberListItem[] | undefined;
  loading: boolean;
  /**
   * False while the rows are not all those of the filters (the first ones only, or the previous
   * filters' list): nothing can be selected then.
   */
  complete: boolean;
  /** A search or filter is on: an empty result then means "no match", not "no members". */
  filtered: boolean;
  selected: number[];
  onSelect: (ids: number[]) => void;
}

const ROW_HEIGHT = 40;
/** Header row, the card's bottom edge and the page's bottom padding, under the rows. */
const BELOW_ROWS = 40 + 2 + 12;
const SELECTION_WIDTH = 36;

/**
 * Narrowest widths (a virtual table needs fixed ones): together they fit the 1366 px screen
 * beside the menu. Wider windows give the extra to the text columns that get cut.
 */
const MIN_WIDTH = {
  index: 48,
  fullName: 160,
  dateOfBirth: 84,
  gender: 70,
  group: 124,
  jobTitle: 116,
  unionPosition: 92,
  joinedOn: 98,
  partyMember: 80,
  cardNumber: 90,
  status: 116,
} as const;
type ColumnKey = keyof typeof MIN_WIDTH;
const GROWS: Partial<Record<ColumnKey, number>> = { fullName: 0.3, group: 0.2, jobTitle: 0.3, unionPosition: 0.2 };
const MIN_TOTAL = Object.values(MIN_WIDTH).reduce((a, b) => a + b, SELECTION_WIDTH);

function columnWidths(available: number): Record<ColumnKey, number> {
  const extra = Math.max(0, available - MIN_TOTAL);
  const widths = { ...MIN_WIDTH } as Record<ColumnKey, number>;
  for (const [key, share] of Object.entries(GROWS) as [ColumnKey, number][]) {
    widths[key] += Math.floor(extra * share);
  }
  return widths;
}

/**
 * The register as one virtual table: only the rows in view are in the page, so 20,000 members
 * scroll as smoothly as 20. Widths are fixed (a virtual table needs them) and add up to what a
 * 1366 px screen leaves beside the menu.
 */
export function RegisterTable({ rows, loading, complete, filtered, selected, onSelect }: RegisterTableProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const { width: available, height } = useFillHeight(box, BELOW_ROWS);
  const w = useMemo(() => columnWidths(available), [available]);

  const columns = useMemo<ColumnsType<MemberListItem>>(
    () => [
      {
        key: 'index',
        title: t('register.columns.index'),
        width: w.index,
        align: 'right',
        render: (_v, _m, i) => i + 1,
      },
      {
        key: 'fullName',
        title: t('register.columns.fullName'),
        dataIndex: 'fullName',
        width: w.fullName,
        ellipsis: { showTitle: true },
        render: (name: string, m) => (
          <Link to={`/members/${m.id}`} className="scd-member-name">
            {name}
          </Link>
        ),
      },
      {
        key: 'dateOfBirth',
        title: t('register.columns.dateOfBirth'),
        dataIndex: 'dateOfBirth',
        width: w.dateOfBirth,
        render: formatDate,
      },
      {
        key: 'gender',
        title: t('register.columns.gender'),
        dataIndex: 'gender',
        width: w.gender,
        render: (g: MemberListItem['gender']) => t(`register.gender.${g}`),
      },
      {
        key: 'group',
        title: t('register.columns.group'),
        dataIndex: 'groupName',
        width: w.group,
        ellipsis: { showTitle: true },
        render: orEmpty,
      },
      {
        key: 'jobTitle',
        title: t('register.columns.jobTitle'),
        dataIndex: 'jobTitle',
        width: w.jobTitle,
        ellipsis: { showTitle: true },
        render: orEmpty,
      },
      {
        key: 'unionPosition',
        title: t('register.columns.unionPosition'),
        dataIndex: 'unionPosition',
        width: w.unionPosition,
        ellipsis: { showTitle: true },
        render: orEmpty,
      },
      {
        key: 'joinedOn',
        title: t('register.columns.joinedOn'),
        dataIndex: 'joinedOn',
        width: w.joinedOn,
        render: formatDate,
      },
      {
        key: 'partyMember',
        title: t('register.columns.partyMember'),
        dataIndex: 'partyMember',
        width: w.partyMember,
        align: 'center',
        render: (yes: boolean) => yes && <CheckOutlined className="scd-yes" aria-label={t('register.member.yes')} />,
      },
      {
        key: 'cardNumber',
        title: t('register.columns.cardNumber'),
        dataIndex: 'cardNumber',
        width: w.cardNumber,
        render: orEmpty,
      },
      {
        key: 'status',
        title: t('register.columns.status'),
        dataIndex: 'status',
        width: w.status,
        render: (status: MemberListItem['status']) => <StatusTag status={status} />,
      },
    ],
    [t, w],
  );
  const width = Math.max(available, MIN_TOTAL);

  return (
    <div ref={box} data-testid="register-table">
      <Table<MemberListItem>
        virtual
        rowKey="id"
        size="small"
        className="scd-register"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        scroll={{ x: width, y: height }}
        rowSelection={{
          columnWidth: SELECTION_WIDTH,
          selectedRowKeys: selected,
          getCheckboxProps: () => ({ disabled: !complete }),
          onChange: (keys) => onSelect(keys as number[]),
        }}
        rowClassName={() => 'scd-register-row'}
        locale={{
          emptyText: loading ? (
            <span />
          ) : (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={filtered ? t('register.noMatch') : t('register.empty')}
            />
          ),
        }}
        style={{ minHeight: Math.min(height, ROW_HEIGHT * 4) }}
      />
    </div>
  );
}
