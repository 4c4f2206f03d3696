import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportLayout } from '../../../../main/members/export/contract';
import { apiKey, useApiMutation, useApiQuery } from '../../lib/api';
import { useReturnFocus } from '../../lib/dialogFocus';
import { LoadError } from '../../lib/Status';
import { useConfirmDanger } from '../../lib/useConfirmDanger';
import { ExportLayoutModal } from './ExportLayoutModal';

/** What the editor is open for: a new layout, or one to change. */
type Editing = { layout?: ExportLayout } | null;

/** "Quản lý mẫu cột…" from the Export button: the saved layouts, to add, change or delete. */
export function ExportLayoutsModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const confirmDanger = useConfirmDanger();
  const queryClient = useQueryClient();
  const layouts = useApiQuery('members.exportLayouts');
  const [editing, setEditing] = useState<Editing>(null);
  // Opened from the Export menu: the focus goes back to its button when this closes.
  useReturnFocus(true);
  const remove = useApiMutation('members.removeExportLayout', {
    onSuccess: async (_done, input) => {
      const removed = layouts.data?.find((l) => l.id === input.id);
      void message.success(t('exportLayouts.removed', { name: removed?.name }));
      await queryClient.invalidateQueries({ queryKey: apiKey('members.exportLayouts') });
    },
  });
  const confirmRemove = (layout: ExportLayout) =>
    confirmDanger({
      title: t('exportLayouts.removeTitle', { name: layout.name }),
      content: t('exportLayouts.removeText'),
      okText: t('exportLayouts.remove'),
      cancelText: t('exportLayouts.cancel'),
      onOk: () => remove.mutateAsync({ id: layout.id }),
    });
  return (
    <Modal
      open
      title={t('exportLayouts.title')}
      width={680}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('exportLayouts.close')}</Button>}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('exportLayouts.text')}</Typography.Paragraph>
      {layouts.isError ? (
        <LoadError error={layouts.error} onRetry={() => void layouts.refetch()} />
      ) : (
        <Table<ExportLayout>
          rowKey="id"
          size="small"
          loading={layouts.isPending}
          dataSource={layouts.data}
          pagination={false}
          locale={{ emptyText: t('exportLayouts.empty') }}
          columns={[
            { title: t('exportLayouts.name'), dataIndex: 'name' },
            {
              title: t('exportLayouts.columnCount'),
              key: 'columns',
              width: 90,
              align: 'right',
              render: (_v, layout) => layout.columns.length,
            },
            {
              title: t('exportLayouts.actions'),
              key: 'actions',
              width: 190,
              render: (_v, layout) => (
                <Flex gap={4}>
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ layout })}>
                    {t('exportLayouts.edit')}
                  </Button>
                  <Button size="small" danger icon={<DeleteOutlined />} onClick={() => confirmRemove(layout)}>
                    {t('exportLayouts.remove')}
                  </Button>
                </Flex>
              ),
            },
          ]}
        />
      )}
      <Button icon={<PlusOutlined />} style={{ marginTop: 12 }} onClick={() => setEditing({})}>
        {t('exportLayouts.add')}
      </Button>
      {editing && <ExportLayoutModal layout={editing.layout} onClose={() => setEditing(null)} />}
    </Modal>
  );
}
