import { Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UnionGroup } from '../../../main/members/contract';
import { formatNumber } from '../lib/format';
import { GroupTotalsRow } from '../groups/GroupTotalsRow';

export function GroupsTable({ groups }: { groups: UnionGroup[] }) {
  const { t } = useTranslation();
  return (
    <Table<UnionGroup>
      rowKey="id"
      size="middle"
      dataSource={groups}
      pagination={false}
      locale={{
        emptyText: (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.groups.empty')}>
            <Link to="/groups">{t('dashboard.groups.create')}</Link>
          </Empty>
        ),
      }}
      columns={[
        { key: 'index', title: t('dashboard.groups.index'), width: 64, align: 'center', render: (_v, _g, i) => i + 1 },
        { key: 'name', title: t('dashboard.groups.name'), dataIndex: 'name' },
        {
          key: 'leader',
          title: t('dashboard.groups.leader'),
          dataIndex: 'leaderName',
          render: (name: string | null) =>
            name ?? <Typography.Text type="secondary">{t('dashboard.groups.noLeader')}</Typography.Text>,
        },
        {
          key: 'members',
          title: t('dashboard.groups.members'),
          dataIndex: 'memberCount',
          align: 'right',
          width: 140,
          render: (n: number) => formatNumber(n),
        },
        {
          key: 'female',
          title: t('dashboard.groups.female'),
          dataIndex: 'femaleCount',
          align: 'right',
          width: 120,
          render: (n: number) => formatNumber(n),
        },
      ]}
      summary={() => <GroupTotalsRow groups={groups} label={t('dashboard.groups.total')} />}
    />
  );
}
