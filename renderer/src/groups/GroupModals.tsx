import { App, Form, Input, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnionGroup } from '../../../main/members/contract';
import { useApiMutation, useApiQuery } from '../lib/api';
import { todayIso } from '../lib/format';
import { FormModal } from '../members/common/FormModal';
import { useRefreshRegister } from '../members/common/useRefreshRegister';
import { DateField } from '../members/form/DateField';
import { selectFilter } from '../members/form/values';

interface NameValues {
  name?: string;
  kind?: 'to' | 'bo_phan';
}

/** "Thêm tổ" (name and kind) or "Đổi tên" (name only). */
export function GroupNameModal({ group, onClose }: { group?: UnionGroup; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshRegister();
  const [form] = Form.useForm<NameValues>();
  const done = (key: 'created' | 'renamed') => async (saved: UnionGroup) => {
    void message.success(t(`register.groups.${key}`, { name: saved.name }));
    await refresh();
    onClose();
  };
  const create = useApiMutation('groups.create', { form, onSuccess: done('created') });
  const rename = useApiMutation('groups.rename', { form, onSuccess: done('renamed') });
  return (
    <FormModal<NameValues>
      title={group ? t('register.groups.renameTitle', { name: group.name }) : t('register.groups.createTitle')}
      form={form}
      okText={t('register.groups.save')}
      cancelText={t('register.groups.cancel')}
      pending={create.isPending || rename.isPending}
      onCancel={onClose}
      initialValues={{ name: group?.name, kind: 'to' }}
      onFinish={({ name, kind }) =>
        group ? rename.mutate({ id: group.id, name: name ?? '' }) : create.mutate({ name: name ?? '', kind })
      }
    >
      <Form.Item name="name" label={t('register.groups.name')} extra={t('register.groups.nameHelp')} required>
        <Input autoFocus autoComplete="off" maxLength={100} />
      </Form.Item>
      {!group && (
        <Form.Item name="kind" label={t('register.groups.kind')}>
          <Radio.Group
            name="kind"
            options={[
              { value: 'to', label: t('register.groups.kinds.to') },
              { value: 'bo_phan', label: t('register.groups.kinds.bo_phan') },
            ]}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}

/** "Chọn tổ trưởng" among the tổ's current members, or none. */
export function LeaderModal({ group, onClose }: { group: UnionGroup; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshRegister();
  const [form] = Form.useForm<{ memberId?: number | null }>();
  const members = useApiQuery('members.list', { groupId: group.id });
  const save = useApiMutation('groups.setLeader', {
    form,
    onSuccess: async (saved) => {
      void message.success(t('register.groups.leaderSet', { name: saved.name }));
      await refresh();
      onClose();
    },
  });
  return (
    <FormModal<{ memberId?: number | null }>
      title={t('register.groups.leaderTitle', { name: group.name })}
      form={form}
      okText={t('register.groups.save')}
      cancelText={t('register.groups.cancel')}
      pending={save.isPending}
      onCancel={onClose}
      initialValues={{ memberId: group.leaderId }}
      onFinish={({ memberId }) => save.mutate({ id: group.id, memberId: memberId ?? null })}
    >
      <Form.Item name="memberId" label={t('register.groups.leaderMember')} extra={t('register.groups.leaderHelp')}>
        <Select<number>
          autoFocus
          allowClear
          showSearch={{ filterOption: selectFilter }}
          loading={members.isPending}
          placeholder={t('register.groups.leaderNone')}
          options={(members.data ?? []).map((m) => ({
            value: m.id,
            label: m.jobTitle ? `${m.fullName} — ${m.jobTitle}` : m.fullName,
          }))}
        />
      </Form.Item>
    </FormModal>
  );
}

interface MergeValues {
  targetId?: number;
  onDate: string | null;
}

/** "Gộp vào tổ khác": every member in the branch moves on the date, the tổ leaves the list. */
export function MergeModal({
  group,
  groups,
  onClose,
}: {
  group: UnionGroup;
  groups: UnionGroup[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshRegister();
  const [form] = Form.useForm<MergeValues>();
  const merge = useApiMutation('groups.merge', {
    form,
    onSuccess: async (target) => {
      void message.success(t('register.groups.merged', { name: target.name }));
      await refresh();
      onClose();
    },
  });
  return (
    <FormModal<MergeValues>
      title={t('register.groups.mergeTitle', { name: group.name })}
      form={form}
      okText={t('register.groups.mergeButton')}
      cancelText={t('register.groups.cancel')}
      danger
      pending={merge.isPending}
      onCancel={onClose}
      initialValues={{ onDate: todayIso() }}
      onFinish={({ targetId, onDate }) =>
        merge.mutate({ sourceId: group.id, targetId: targetId!, onDate: onDate ?? '' })
      }
    >
      <Typography.Paragraph type="secondary">
        {t('register.groups.mergeText', { name: group.name, count: group.memberCount })}
      </Typography.Paragraph>
      <Form.Item
        name="targetId"
        label={t('register.groups.mergeTarget')}
        required
        rules={[{ required: true, message: t('register.groups.chooseGroup') }]}
      >
        <Select<number>
          autoFocus
          placeholder={t('register.groups.pickGroup')}
          showSearch={{ filterOption: selectFilter }}
          options={groups.filter((g) => g.id !== group.id).map((g) => ({ value: g.id, label: g.name }))}
        />
      </Form.Item>
      <Form.Item name="onDate" label={t('register.groups.mergeDate')} required>
        <DateField />
      </Form.Item>
    </FormModal>
  );
}
