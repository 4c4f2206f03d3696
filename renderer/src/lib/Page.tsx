import { useEffect, type ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface PageProps {
  title: string;
  subtitle?: ReactNode;
  /** Buttons at the right of the title. */
  extra?: ReactNode;
  children: ReactNode;
  /** Above the title, e.g. a link back to the list this page was opened from. */
  before?: ReactNode;
  /** Full width of the window (wide tables), instead of the reading width. */
  wide?: boolean;
}

/** Every area's frame: one title style, one spacing, and the window title to match. */
export function Page({ title, subtitle, extra, children, before, wide = false }: PageProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);
  return (
    <div className={wide ? 'scd-page scd-page-wide' : 'scd-page'}>
      {before && <div className="scd-page-before">{before}</div>}
      <Flex className="scd-page-head" justify="space-between" align="flex-end" gap={16} wrap>
        <div>
          {/* Focusable by script only: where the focus goes when a dialog's opener is gone. */}
          <Typography.Title level={3} className="scd-page-title" tabIndex={-1}>
            {title}
          </Typography.Title>
          {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
        </div>
        {extra}
      </Flex>
      <Flex vertical gap={20}>
        {children}
      </Flex>
    </div>
  );
}
