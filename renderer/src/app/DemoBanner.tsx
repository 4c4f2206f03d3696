import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../lib/api';
import { useDataFile } from './useDataFile';
import { busy } from '../lib/busy';

/** A sample branch must never be mistaken for the real books. */
export function DemoBanner() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get');
  const create = useDataFile('create');
  if (!settings.data?.isDemo) return null;
  return (
    <Alert
      className="scd-demo-banner"
      type="info"
      showIcon
      banner
      title={
        <span>
          <strong>{t('demo.banner')}</strong>
          <span className="scd-demo-hint">{t('demo.hint')}</span>
        </span>
      }
      action={
        <Button type="primary" size="small" loading={busy(create.isPending)} onClick={() => create.mutate()}>
          {t('demo.createReal')}
        </Button>
      }
    />
  );
}
