import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OverdueSuspension } from '../../../main/members/contract';
import { formatDate } from '../lib/format';

/**
 * Members whose tạm dừng sinh hoạt has run out with no khôi phục recorded. The program does
 * not restore them by itself (the chair records it, with its date), so it reminds instead.
 */
export function OverdueSuspensions({ members }: { members: OverdueSuspension[] }) {
  const { t } = useTranslation();
  if (members.length === 0) return null;
  return (
    <Alert
      data-testid="overdue-suspensions"
      type="warning"
      showIcon
      title={t('dashboard.overdue.title', { count: members.length })}
      description={
        <>
          <p className="scd-overdue-hint">{t('dashboard.overdue.hint')}</p>
          <ul className="scd-overdue-list">
            {members.map((m) => (
              <li key={m.id}>
                <Link to={`/members/${m.id}`} className="scd-member-name">
                  {m.fullName}
                </Link>{' '}
                — {t('dashboard.overdue.endedOn', { date: formatDate(m.endDate) })}
              </li>
            ))}
          </ul>
        </>
      }
    />
  );
}
