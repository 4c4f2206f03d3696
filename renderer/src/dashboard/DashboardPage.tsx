import { ApartmentOutlined, FlagOutlined, TeamOutlined, WomanOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../lib/api';
import { formatDate, todayIso } from '../lib/format';
import { Page } from '../lib/Page';
import { LoadError, Loading } from '../lib/Status';
import { GroupsTable } from './GroupsTable';
import { OverdueSuspensions } from './OverdueSuspensions';
import { StatCard } from './StatCard';

export function DashboardPage() {
  const { t } = useTranslation();
  const today = todayIso();
  const settings = useApiQuery('settings.get');
  const counts = useApiQuery('members.countsAt', { date: today });
  const groups = useApiQuery('groups.list');
  const overdue = useApiQuery('members.overdueSuspensions', { date: today });
  const failed = [settings, counts, groups, overdue].find((q) => q.isError);

  return (
    <Page title={t('dashboard.title')} subtitle={t('dashboard.asOf', { date: formatDate(today) })}>
      {failed?.error ? (
        <LoadError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : !settings.data || !counts.data || !groups.data || !overdue.data ? (
        <Loading />
      ) : (
        <>
          <OverdueSuspensions members={overdue.data} />
          <Card title={t('dashboard.branchCard')}>
            <Descriptions
              column={{ xs: 1, lg: 2 }}
              items={(['branchName', 'unitName', 'higherUnion', 'chairName'] as const).map((field) => ({
                key: field,
                label: t(`branch.${field}.label`),
                children: <span data-testid={`branch-${field}`}>{settings.data?.[field]}</span>,
              }))}
            />
          </Card>
          <Row gutter={[20, 20]} align="stretch">
            <Col xs={12} xl={6}>
              <StatCard
                testId="stat-members"
                icon={<TeamOutlined />}
                label={t('dashboard.stats.members')}
                value={counts.data.members}
                note={t('dashboard.stats.membersNote')}
              />
            </Col>
            <Col xs={12} xl={6}>
              <StatCard
                testId="stat-female"
                icon={<WomanOutlined />}
                label={t('dashboard.stats.female')}
                value={counts.data.female}
                of={counts.data.members}
              />
            </Col>
            <Col xs={12} xl={6}>
              <StatCard
                testId="stat-party"
                icon={<FlagOutlined />}
                label={t('dashboard.stats.party')}
                value={counts.data.partyMembers}
                of={counts.data.members}
              />
            </Col>
            <Col xs={12} xl={6}>
              <StatCard
                testId="stat-groups"
                icon={<ApartmentOutlined />}
                label={t('dashboard.stats.groups')}
                value={groups.data.length}
                note={t('dashboard.stats.groupsLed', {
                  led: groups.data.filter((g) => g.leaderId !== null).length,
                  total: groups.data.length,
                })}
              />
            </Col>
          </Row>
          <Card title={t('dashboard.groups.title')} styles={{ body: { padding: 0 } }}>
            <GroupsTable groups={groups.data} />
          </Card>
        </>
      )}
    </Page>
  );
}
