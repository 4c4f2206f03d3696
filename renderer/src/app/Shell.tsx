import { useLanguage } from '../i18n';
import { useMainLanguage } from '../i18n/useMainLanguage';
import { useApiQuery } from '../lib/api';
import { LoadError, Loading } from '../lib/Status';
import { SetupWizard } from '../setup/SetupWizard';
import { MainLayout } from './MainLayout';

/** A file without a branch gets the first-run wizard; any other gets the main window. */
export function Shell() {
  const [language] = useLanguage();
  useMainLanguage(language);
  const info = useApiQuery('workspace.info');
  if (info.isPending) return <Loading fullPage />;
  if (info.isError) return <LoadError error={info.error} onRetry={() => void info.refetch()} />;
  return info.data.setUp ? <MainLayout info={info.data} /> : <SetupWizard info={info.data} />;
}
