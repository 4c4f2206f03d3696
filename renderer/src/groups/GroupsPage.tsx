import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { UnionGroup } from '../../../main/members/contract';
import { useApiQuery } from '../lib/api';
import { formatNumber } from '../lib/format';
import { Page } from '../lib/Page';
import { LoadError } from '../lib/Status';
import { rememberGroupFilter } from '../members/register/useRegisterView';
import { GroupTotalsRow } from './GroupTotalsRow';
import { GroupNameModal, LeaderModal, MergeModal } from './GroupModals';
import { MoveMembersModal } from './MoveMembersModal';

type Dialog = { kind: 'create' } | { kind: 'rename' | 'leader' | 'merge' | 'move'; group: UnionGroup } | null;

/** "Tổ công đoàn": the tổ with their leaders and counts, and what can be done to them. */
export function GroupsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const groups = useApiQuery('groups.list');
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = groups.data ?? [];
  const close = () => setDialog(null);
  const showMembers = (group: UnionGroup) => {
    rememberGroupFilter(group.id);
    void navigate('/members');
  };

  return (
    <Page
      title={t('register.groups.title')}
      subtitle={t('register.groups.subtitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
          {t('register.groups.add')}
        </Button>
      }
    >
      <Card styles={{ body: { padding: 0 } }}>
        {groups.isError ? (
          <LoadError error={groups.error} onRetry={() => void groups.refetch()} />
        ) : (
          <Table<UnionGroup>
            rowKey="id"
            size="middle"
            loading={groups.isPending}
            dataSource={list}
            pagination={false}
            data-testid="groups-table"
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('register.groups.empty')} />,
            }}
            columns={[
              {
                key: 'index',
                title: t('register.groups.index'),
                width: 60,
                align: 'center',
                render: (_v, _g, i) => i + 1,
              },
              {
                key: 'name',
                title: t('register.groups.name'),
                dataIndex: 'name',
                render: (name: string, g) => (
                  <Flex vertical gap={2}>
                    <Typography.Link strong onClick={() => showMembers(g)}>
                      {name}
                    </Typography.Link>
                    {g.kind === 'bo_phan' && (
                      <span>
                        <Tag>{t('register.groups.kinds.bo_phan')}</Tag>
                      </span>
                    )}
                  </Flex>
                ),
              },
              {
                key: 'leader',
                title: t('register.groups.leader'),
                dataIndex: 'leaderName',
                render: (name: string | null) =>
                  name ?? <Typography.Text type="secondary">{t('register.groups.noLeader')}</Typography.Text>,
              },
              {
                key: 'members',
                title: t('register.groups.members'),
                dataIndex: 'memberCount',
                align: 'right',
                width: 110,
                render: (n: number) => formatNumber(n),
              },
              {
                key: 'female',
                title: t('register.groups.female'),
                dataIndex: 'femaleCount',
                align: 'right',
                width: 80,
                render: (n: number) => formatNumber(n),
              },
              {
                key: 'actions',
                title: t('register.groups.actions'),
                width: 470,
                render: (_v, g) => (
                  <Flex gap={0} wrap className="scd-row-actions">
                    <Button type="link" size="small" onClick={() => setDialog({ kind: 'rename', group: g })}>
                      {t('register.groups.rename')}
                    </Button>
                    <Button type="link" size="small" onClick={() => setDialog({ kind: 'leader', group: g })}>
                      {t('register.groups.setLeader')}
                    </Button>
                    <Button
                      type="link"
                      size="small"
                      disabled={g.memberCount === 0 || list.length < 2}
                      onClick={() => setDialog({ kind: 'move', group: g })}
                    >
                      {t('register.groups.moveAction')}
                    </Button>
                    <Button
                      type="link"
                      size="small"
                      danger
                      disabled={list.length < 2}
                      onClick={() => setDialog({ kind: 'merge', group: g })}
                    >
                      {t('register.groups.merge')}
                    </Button>
                  </Flex>
                ),
              },
            ]}
            summary={() => <GroupTotalsRow groups={list} label={t('register.groups.total')} trailingCells={1} />}
          />
        )}
      </Card>
      {dialog?.kind === 'create' && <GroupNameModal onClose={close} />}
      {dialog?.kind === 'rename' && <GroupNameModal group={dialog.group} onClose={close} />}
      {dialog?.kind === 'leader' && <LeaderModal group={dialog.group} onClose={close} />}
      {dialog?.kind === 'merge' && <MergeModal group={dialog.group} groups={list} onClose={close} />}
      {dialog?.kind === 'move' && <MoveMembersModal source={dialog.group} groups={list} onClose={close} />}
    </Page>
  );
}
