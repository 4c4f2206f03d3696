import { DownOutlined, FileAddOutlined, FileOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../lib/api';
import { useDataFile } from './useDataFile';
import { busy } from '../lib/busy';
import { enterOnlyChooses } from '../lib/dialogFocus';

export function AppHeader({ dataFileName }: { dataFileName: string }) {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get');
  return (
    <Layout.Header className="scd-header">
      <span className="scd-header-branch" data-testid="header-branch">
        {settings.data?.branchName}
      </span>
      <Tooltip title={t('header.dataFile')}>
        <span className="scd-header-file" data-testid="header-file">
          <FileOutlined /> {dataFileName}
        </span>
      </Tooltip>
      <span style={{ flex: 1 }} />
      <FileMenu />
    </Layout.Header>
  );
}

function FileMenu() {
  const { t } = useTranslation();
  const open = useDataFile('open');
  const create = useDataFile('create');
  return (
    <Dropdown
      trigger={['click']}
      // Opened with Enter, the menu takes the focus so the arrow keys move in it.
      autoFocus
      menu={{
        items: [
          { key: 'open', icon: <FolderOpenOutlined />, label: t('header.openFile') },
          { key: 'create', icon: <FileAddOutlined />, label: t('header.newFile') },
        ],
        onClick: ({ key }) => (key === 'open' ? open : create).mutate(),
        onKeyDown: enterOnlyChooses,
      }}
    >
      <Button loading={busy(open.isPending || create.isPending)}>
        {t('header.file')} <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  );
}
