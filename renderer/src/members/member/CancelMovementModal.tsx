import { App, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Movement } from '../../../../main/members/contract';
import { useApiMutation } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { FormModal } from '../common/FormModal';
import { useRefreshRegister } from '../common/useRefreshRegister';

/** "Hủy biến động": a correcting entry with its reason; the original stays in the log. */
export function CancelMovementModal({ movement, onClose }: { movement: Movement; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshRegister();
  const [form] = Form.useForm<{ note?: string }>();
  const cancel = useApiMutation('members.cancelMovement', {
    form,
    onSuccess: async (detail) => {
      void message.success(t('register.messages.movementCancelled', { status: t(`register.status.${detail.status}`) }));
      await refresh();
      onClose();
    },
  });
  const kind = t(`register.movement.kinds.${movement.kind}`);
  return (
    <FormModal<{ note?: string }>
      title={t('register.movement.cancelTitle', { kind, date: formatDate(movement.onDate) })}
      form={form}
      okText={t('register.movement.cancelConfirm')}
      cancelText={t('register.groups.cancel')}
      danger
      pending={cancel.isPending}
      onCancel={onClose}
      onFinish={({ note }) => cancel.mutate({ movementId: movement.id, note: note ?? '' })}
    >
      <Typography.Paragraph type="secondary">{t('register.movement.cancelText')}</Typography.Paragraph>
      <Form.Item name="note" label={t('register.movement.cancelReason')} required>
        <Input autoFocus autoComplete="off" maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
