import { Button, Flex, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../main/ipc/errors';

export function Loading({ fullPage = false }: { fullPage?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: fullPage ? '100vh' : 240 }}>
      <Spin size="large" description={t('app.loading')} />
    </Flex>
  );
}

/** A load that failed, with the server's own words and a way to try again. */
export function LoadError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={t('errors.loadTitle')}
      subTitle={error.message || t('errors.unknown')}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      }
    />
  );
}
