import {
  DownOutlined,
  ExportOutlined,
  IdcardOutlined,
  ImportOutlined,
  PlusOutlined,
  PrinterOutlined,
} from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Tooltip, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { UnionGroup } from '../../../../main/members/contract';
import { useApiQuery } from '../../lib/api';
import { busy } from '../../lib/busy';
import { ExportLayoutsModal } from '../export/ExportLayoutsModal';
import '../export/export.css';
import { usePrintActions } from '../common/usePrintActions';
import { isFiltered, toQuery, type RegisterFilters } from './filters';
import { enterOnlyChooses } from '../../lib/dialogFocus';

interface RegisterActionsProps {
  onAdd: () => void;
  /** The tổ filter: printing covers that tổ, or the whole branch. */
  group: UnionGroup | undefined;
  /** The register's filters: the export holds the members they list. */
  filters: RegisterFilters;
}

/** The register's buttons, right of the page title. */
export function RegisterActions({ onAdd, group, filters }: RegisterActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { list, cardRequest, exportList } = usePrintActions();
  const layouts = useApiQuery('members.exportLayouts');
  const [managingLayouts, setManagingLayouts] = useState(false);
  const groupId = group ? { groupId: group.id } : {};
  const onExport: MenuProps['onClick'] = ({ key }) => {
    if (key === 'layouts') return setManagingLayouts(true);
    const layoutId = /^layout:(\d+)$/.exec(key)?.[1];
    if (layoutId) exportList.mutate({ ...toQuery(filters), format: 'xlsx', layoutId: Number(layoutId) });
    else exportList.mutate({ ...toQuery(filters), format: key as 'xlsx' | 'csv' | 'json' });
  };
  return (
    <Flex gap={8} wrap>
      <Tooltip title={t('register.actions.addShortcut')}>
        <Button type="primary" icon={<PlusOutlined />} onClick={onAdd} aria-keyshortcuts="Control+N">
          {t('register.actions.add')}
        </Button>
      </Tooltip>
      <Button icon={<ImportOutlined />} onClick={() => void navigate('/members/import')}>
        {t('register.actions.import')}
      </Button>
      <Dropdown
        trigger={['click']}
        // Opened with Enter, the menu takes the focus so the arrow keys move in it.
        autoFocus
        menu={{
          items: [
            {
              type: 'group',
              // Any filter besides the tổ (status, gender…) narrows the file: say so. The full
              // files carry CCCD, phone and email (they must, to import back): say that too.
              label: (
                <>
                  {isFiltered({ ...filters, groupId: undefined })
                    ? t('register.actions.exportScopeFiltered')
                    : group
                      ? t('register.actions.exportScopeGroup', { group: group.name })
                      : t('register.actions.exportScopeAll')}
                  <Typography.Paragraph type="secondary" className="scd-export-personal-note">
                    {t('register.actions.exportPersonal')}
                  </Typography.Paragraph>
                </>
              ),
              children: [
                { key: 'xlsx', label: t('register.actions.exportXlsx') },
                { key: 'csv', label: t('register.actions.exportCsv') },
                { key: 'json', label: t('register.actions.exportJson') },
              ],
            },
            { type: 'divider' },
            {
              type: 'group',
              label: t('exportLayouts.menuGroup'),
              children: [
                ...(layouts.data ?? []).map((layout) => ({ key: `layout:${layout.id}`, label: layout.name })),
                { key: 'layouts', label: t('exportLayouts.manage') },
              ],
            },
          ],
          onClick: onExport,
          onKeyDown: enterOnlyChooses,
        }}
      >
        <Button icon={<ExportOutlined />} loading={busy(exportList.isPending)}>
          {t('register.actions.export')} <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
      <Button
        icon={<PrinterOutlined />}
        onClick={() =>
          list.mutate(groupId, {
            // The printed list is the branch's (or the tổ's) whole list, as it is sent up: the
            // register's other filters do not narrow it, and the chair who set one is told.
            onSuccess: () => {
              if (isFiltered({ ...filters, groupId: undefined }))
                void message.info(t('register.messages.printIgnoresFilters'), 8);
            },
          })
        }
        loading={busy(list.isPending)}
      >
        {t('register.actions.printList')}
      </Button>
      <Button icon={<IdcardOutlined />} onClick={() => cardRequest.mutate()} loading={busy(cardRequest.isPending)}>
        {t('register.actions.printCardRequest')}
      </Button>
      {managingLayouts && <ExportLayoutsModal onClose={() => setManagingLayouts(false)} />}
    </Flex>
  );
}
