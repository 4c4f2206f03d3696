import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberStatus } from '../../../../main/members/contract';

const COLOR: Record<MemberStatus, string> = {
  active: 'green',
  suspended: 'orange',
  transferred_out: 'blue',
  left: 'default',
  removed: 'volcano',
  expelled: 'red',
};

export function StatusTag({ status }: { status: MemberStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOR[status]} className="scd-status-tag" data-status={status}>
      {t(`register.status.${status}`)}
    </Tag>
  );
}
