import { useMemo } from 'react';
import { Empty, Table, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../../main/members/contract';
import { formatDate, formatMoney } from '../../lib/format';
import { auditRows, type AuditRow } from './auditFormat';

/** Salary history, tổ history and every recorded change, one tab each. */
export function MemberHistory({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const groupNames = useMemo(
    () => new Map(Object.entries(member.groupNames).map(([id, name]) => [Number(id), name])),
    [member.groupNames],
  );
  const audit = useMemo(() => auditRows(member.audit, groupNames, t), [member.audit, groupNames, t]);
  const empty = (text: string) => ({ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} /> });
  const salaries = member.salaries.map((s, key) => ({ ...s, key })).reverse();
  const groupHistory = member.groupHistory.map((h, key) => ({ ...h, key })).reverse();

  return (
    <Tabs
      className="scd-member-history"
      items={[
        {
          key: 'audit',
          label: t('register.member.audit'),
          children: (
            <Table<AuditRow>
              size="small"
              rowKey="key"
              dataSource={audit}
              pagination={audit.length > 10 ? { pageSize: 10, size: 'small', hideOnSinglePage: true } : false}
              locale={empty(t('register.audit.empty'))}
              data-testid="audit-table"
              columns={[
                { key: 'at', title: t('register.audit.at'), dataIndex: 'at', width: 140 },
                { key: 'actor', title: t('register.audit.actor'), dataIndex: 'actor', width: 130 },
                { key: 'what', title: t('register.audit.what'), dataIndex: 'what', width: 230 },
                {
                  key: 'changes',
                  title: t('register.audit.changes'),
                  render: (_v, row) => (
                    <ul className="scd-audit-changes">
                      {row.changes.map((c) => (
                        <li key={c.label}>
                          <span className="scd-audit-label">{c.label}:</span>{' '}
                          {c.before !== null && (
                            <>
                              <span className="scd-audit-before">{c.before}</span> →{' '}
                            </>
                          )}
                          <span className="scd-audit-after">{c.after}</span>
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          ),
        },
        {
          key: 'salaries',
          label: t('register.member.salaries'),
          children: (
            <Table
              size="small"
              rowKey="key"
              dataSource={salaries}
              pagination={false}
              locale={empty(t('register.member.noSalaries'))}
              columns={[
                {
                  key: 'from',
                  title: t('register.member.fromDate'),
                  dataIndex: 'validFrom',
                  width: 160,
                  render: (d: string, _r, i) => (
                    <>
                      {formatDate(d)}
                      {i === 0 && <span className="scd-current-mark"> ({t('register.member.current')})</span>}
                    </>
                  ),
                },
                {
                  key: 'amount',
                  title: t('register.member.amount'),
                  dataIndex: 'amount',
                  align: 'right',
                  width: 180,
                  render: (n: number) => formatMoney(n),
                },
                { key: 'note', title: t('register.member.note'), dataIndex: 'note' },
              ]}
            />
          ),
        },
        {
          key: 'groups',
          label: t('register.member.groupHistory'),
          children: (
            <Table
              size="small"
              rowKey="key"
              dataSource={groupHistory}
              pagination={false}
              locale={empty(t('register.member.noGroupHistory'))}
              columns={[
                {
                  key: 'from',
                  title: t('register.member.fromDate'),
                  dataIndex: 'fromDate',
                  width: 160,
                  render: (d: string, _r, i) => (
                    <>
                      {formatDate(d)}
                      {i === 0 && <span className="scd-current-mark"> ({t('register.member.current')})</span>}
                    </>
                  ),
                },
                {
                  key: 'group',
                  title: t('register.columns.group'),
                  dataIndex: 'groupName',
                  render: (name: string | null) => name ?? t('register.member.noGroup'),
                },
                { key: 'note', title: t('register.member.note'), dataIndex: 'note' },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
