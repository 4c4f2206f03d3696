import { useState } from 'react';
import { CheckOutlined } from '@ant-design/icons';
import { Empty, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { MemberListItem } from '../../../main/members/contract';
import { formatDate } from '../lib/format';

interface MembersTableProps {
  members: MemberListItem[] | undefined;
  loading: boolean;
  /** A search or filter is on: an empty result then means "no match", not "no members". */
  filtered: boolean;
}

const PAGE_SIZES = [20, 50, 100];

export function MembersTable({ members, loading, filtered }: MembersTableProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState({ current: 1, pageSize: 50 });
  const text = (value: string | null) => value ?? '';

  const columns: ColumnsType<MemberListItem> = [
    {
      key: 'index',
      title: t('members.columns.index'),
      width: 52,
      align: 'center',
      render: (_v, _m, i) => (page.current - 1) * page.pageSize + i + 1,
    },
    {
      key: 'fullName',
      title: t('members.columns.fullName'),
      dataIndex: 'fullName',
      width: 172,
      render: (name: string, m) => (
        <>
          <span className="scd-member-name">{name}</span>
          {m.status === 'suspended' && (
            <Tag color="orange" style={{ marginInlineStart: 8 }}>
              {t('members.suspended')}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'dateOfBirth',
      title: t('members.columns.dateOfBirth'),
      dataIndex: 'dateOfBirth',
      width: 94,
      render: formatDate,
    },
    {
      key: 'gender',
      title: t('members.columns.gender'),
      dataIndex: 'gender',
      width: 74,
      render: (g: MemberListItem['gender']) => t(`members.gender.${g}`),
    },
    // Long names are cut with an ellipsis (full text on hover) so every row stays one line.
    {
      key: 'group',
      title: t('members.columns.group'),
      dataIndex: 'groupName',
      ellipsis: { showTitle: true },
      render: text,
    },
    {
      key: 'jobTitle',
      title: t('members.columns.jobTitle'),
      dataIndex: 'jobTitle',
      ellipsis: { showTitle: true },
      render: text,
    },
    {
      key: 'unionPosition',
      title: t('members.columns.unionPosition'),
      dataIndex: 'unionPosition',
      width: 118,
      ellipsis: { showTitle: true },
      render: text,
    },
    { key: 'joinedOn', title: t('members.columns.joinedOn'), dataIndex: 'joinedOn', width: 98, render: formatDate },
    {
      key: 'partyMember',
      title: t('members.columns.partyMember'),
      dataIndex: 'partyMember',
      width: 82,
      align: 'center',
      render: (yes: boolean) => yes && <CheckOutlined className="scd-yes" aria-label={t('common.yes')} />,
    },
    { key: 'cardNumber', title: t('members.columns.cardNumber'), dataIndex: 'cardNumber', width: 104, render: text },
  ];

  return (
    <Table<MemberListItem>
      rowKey="id"
      size="small"
      className="scd-register"
      columns={columns}
      dataSource={members}
      loading={loading && !members}
      scroll={{ x: 1080 }}
      pagination={{
        ...page,
        pageSizeOptions: PAGE_SIZES,
        showSizeChanger: true,
        hideOnSinglePage: false,
        showTotal: (total, [from, to]) => t('members.range', { from, to, total }),
        onChange: (current, pageSize) => setPage({ current, pageSize }),
      }}
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={filtered ? `${t('members.noMatch')}. ${t('members.noMatchHint')}` : t('members.empty')}
          />
        ),
      }}
    />
  );
}
