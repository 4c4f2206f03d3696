import { App, Alert, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberDetail, MovementKind } from '../../../../main/members/contract';
import { useApiMutation } from '../../lib/api';
import { todayIso } from '../../lib/format';
import { FormModal } from '../common/FormModal';
import { useRefreshRegister } from '../common/useRefreshRegister';
import { DateField } from '../form/DateField';
import { selectFilter } from '../form/values';
import { allowedKinds } from './movementRules';

/** Reasons for "thôi sinh hoạt", stored in Vietnamese whatever the interface language. */
const LEFT_REASONS = [
  { key: 'retired', stored: 'Nghỉ hưu' },
  { key: 'quit', stored: 'Thôi việc' },
  { key: 'resigned', stored: 'Xin ra khỏi tổ chức' },
  { key: 'died', stored: 'Từ trần' },
] as const;

interface Values {
  kind?: MovementKind;
  onDate: string | null;
  decisionNumber?: string;
  decisionDate?: string | null;
  /** For "thôi sinh hoạt": one of LEFT_REASONS' stored texts, or "other". */
  reasonChoice?: string;
  reason?: string;
  place?: string;
  endDate?: string | null;
  note?: string;
}

/** "Ghi biến động": offers only the movements main's rules allow after the member's log. */
export function MovementModal({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshRegister();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const reasonChoice = Form.useWatch('reasonChoice', form);
  const kinds = allowedKinds(member.movements, todayIso());
  const record = useApiMutation('members.recordMovement', {
    form,
    onSuccess: async (_detail, input) => {
      void message.success(
        t('register.messages.movementRecorded', {
          kind: t(`register.movement.kinds.${input.kind}`),
          name: member.fields.fullName,
        }),
      );
      await refresh();
      onClose();
    },
  });

  const onFinish = (v: Values) => {
    if (!v.kind) return;
    const reason = v.kind === 'left' && v.reasonChoice !== 'other' ? v.reasonChoice : v.reason;
    record.mutate({
      memberId: member.id,
      kind: v.kind,
      onDate: v.onDate ?? '',
      decisionNumber: v.decisionNumber ?? null,
      decisionDate: v.decisionDate ?? null,
      reason: reason ?? null,
      place: v.kind === 'transferred_in' || v.kind === 'transferred_out' ? (v.place ?? null) : null,
      endDate: v.kind === 'suspended' ? (v.endDate ?? null) : null,
      note: v.note ?? null,
    });
  };

  return (
    <FormModal<Values>
      title={t('register.movement.title', { name: member.fields.fullName })}
      form={form}
      okText={t('register.movement.save')}
      cancelText={t('register.groups.cancel')}
      pending={record.isPending}
      onCancel={onClose}
      onFinish={onFinish}
      initialValues={{ onDate: todayIso(), kind: kinds.length === 1 ? kinds[0] : undefined }}
      width={640}
    >
      {kinds.length === 0 && (
        <Alert type="info" showIcon title={t('register.movement.noneAllowed')} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={16}>
        <Col span={14}>
          <Form.Item
            name="kind"
            label={t('register.movement.kind')}
            required
            rules={[{ required: true, message: t('register.movement.chooseKind') }]}
          >
            <Select<MovementKind>
              autoFocus
              showSearch={{ filterOption: selectFilter }}
              options={kinds.map((k) => ({ value: k, label: t(`register.movement.kinds.${k}`) }))}
              data-testid="movement-kind"
            />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="onDate" label={t('register.movement.onDate')} required>
            <DateField />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="decisionNumber" label={t('register.movement.decisionNumber')}>
            <Input autoComplete="off" maxLength={50} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="decisionDate" label={t('register.movement.decisionDate')}>
            <DateField />
          </Form.Item>
        </Col>
        {kind === 'left' && (
          <Col span={reasonChoice === 'other' ? 10 : 24}>
            <Form.Item name="reasonChoice" label={t('register.movement.reason')}>
              <Select
                placeholder={t('register.movement.pickReason')}
                options={[
                  ...LEFT_REASONS.map((r) => ({ value: r.stored, label: t(`register.movement.reasons.${r.key}`) })),
                  { value: 'other', label: t('register.movement.reasons.other') },
                ]}
              />
            </Form.Item>
          </Col>
        )}
        {(kind !== 'left' || reasonChoice === 'other') && (
          <Col span={kind === 'left' ? 14 : 24}>
            <Form.Item
              name="reason"
              label={kind === 'left' ? t('register.movement.reasonOther') : t('register.movement.reason')}
            >
              <Input autoComplete="off" maxLength={200} />
            </Form.Item>
          </Col>
        )}
        {(kind === 'transferred_out' || kind === 'transferred_in') && (
          <Col span={24}>
            <Form.Item
              name="place"
              label={kind === 'transferred_out' ? t('register.movement.placeOut') : t('register.movement.placeIn')}
            >
              <Input autoComplete="off" maxLength={200} />
            </Form.Item>
          </Col>
        )}
        {kind === 'suspended' && (
          <Col span={10}>
            <Form.Item name="endDate" label={t('register.movement.endDate')}>
              <DateField />
            </Form.Item>
          </Col>
        )}
        <Col span={24}>
          <Form.Item name="note" label={t('register.movement.note')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
