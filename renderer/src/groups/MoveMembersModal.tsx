import { App, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnionGroup } from '../../../main/members/contract';
import { useApiMutation, useApiQuery } from '../lib/api';
import { todayIso } from '../lib/format';
import { FormModal } from '../members/common/FormModal';
import { useRefreshRegister } from '../members/common/useRefreshRegister';
import { DateField } from '../members/form/DateField';
import { selectFilter } from '../members/form/values';

interface Values {
  memberIds: number[];
  groupId?: number;
  onDate: string | null;
}

type MoveMembersModalProps = {
  groups: UnionGroup[];
  onClose: (moved: boolean) => void;
} & (
  | { /** Chosen in the register. */ memberIds: number[]; source?: undefined }
  | { /** Chosen here among the members of this tổ. */ source: UnionGroup; memberIds?: undefined }
);

/** "Chuyển tổ": members move to another tổ from a date; their old tổ stays in their history. */
export function MoveMembersModal({ groups, onClose, memberIds, source }: MoveMembersModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshRegister();
  const [form] = Form.useForm<Values>();
  const members = useApiQuery('members.list', { groupId: source?.id ?? 0 }, { enabled: source !== undefined });
  const move = useApiMutation('groups.moveMembers', {
    form,
    onSuccess: async ({ moved }, input) => {
      const group = groups.find((g) => g.id === input.groupId);
      void message.success(t('register.messages.moved', { count: moved, group: group?.name ?? '' }));
      await refresh();
      onClose(true);
    },
  });
  return (
    <FormModal<Values>
      title={source ? t('register.groups.moveTitle') + ' — ' + source.name : t('register.groups.moveTitle')}
      form={form}
      okText={t('register.groups.moveButton')}
      cancelText={t('register.groups.cancel')}
      pending={move.isPending}
      onCancel={() => onClose(false)}
      initialValues={{ memberIds: [], onDate: todayIso() }}
      onFinish={(values) =>
        move.mutate({ memberIds: memberIds ?? values.memberIds, groupId: values.groupId!, onDate: values.onDate ?? '' })
      }
    >
      {source ? (
        <Form.Item name="memberIds" label={t('register.groups.moveMembers')} required>
          <Select<number[]>
            mode="multiple"
            autoFocus
            placeholder={t('register.groups.pickMembers')}
            showSearch={{ filterOption: selectFilter }}
            loading={members.isPending}
            options={(members.data ?? []).map((m) => ({ value: m.id, label: m.fullName }))}
            maxTagCount="responsive"
          />
        </Form.Item>
      ) : (
        <p>{t('register.groups.moveCount', { count: memberIds.length })}</p>
      )}
      <Form.Item
        name="groupId"
        label={t('register.groups.moveTarget')}
        required
        rules={[{ required: true, message: t('register.groups.chooseGroup') }]}
      >
        <Select<number>
          autoFocus={!source}
          placeholder={t('register.groups.pickGroup')}
          showSearch={{ filterOption: selectFilter }}
          options={groups.filter((g) => g.id !== source?.id).map((g) => ({ value: g.id, label: g.name }))}
        />
      </Form.Item>
      <Form.Item name="onDate" label={t('register.groups.moveDate')} required>
        <DateField />
      </Form.Item>
    </FormModal>
  );
}
