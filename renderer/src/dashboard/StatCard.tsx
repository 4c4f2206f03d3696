import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatShare } from '../lib/format';

interface StatCardProps {
  icon: ReactNode;
  label: string;
  value: number;
  /** The whole this value is a share of; shows "52,5% tổng số đoàn viên". */
  of?: number;
  note?: string;
  testId: string;
}

export function StatCard({ icon, label, value, of, note, testId }: StatCardProps) {
  const { t, i18n } = useTranslation();
  const share = of === undefined ? '' : formatShare(value, of, i18n.language);
  return (
    <Card data-testid={testId} className="scd-stat">
      <Flex gap={16} align="center">
        <span className="scd-stat-icon">{icon}</span>
        <Flex vertical>
          <Typography.Text type="secondary">{label}</Typography.Text>
          <span className="scd-stat-value">{formatNumber(value)}</span>
          <Typography.Text type="secondary" className="scd-stat-note">
            {share ? t('dashboard.stats.share', { percent: share }) : (note ?? '\u00a0')}
          </Typography.Text>
        </Flex>
      </Flex>
    </Card>
  );
}
