import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RULES } from '../../../main/rules/catalogue';
import type { RuleKey, RuleValue } from '../../../main/rules/contract';
import { apiKey, useApiMutation } from '../lib/api';
import { FormModal } from '../members/common/FormModal';
import { DateField } from '../members/form/DateField';

interface Values {
  validFrom: string | null;
  value?: number | null;
  basis?: string;
}

/** A new value of a rule from a date, or a correction of one (the base value keeps no date). */
export function RuleValueModal({ rule, value, onClose }: { rule: RuleKey; value?: RuleValue; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const name = t(`rules.names.${rule}`);
  const isBase = value !== undefined && value.validFrom === null;
  const save = useApiMutation('rules.save', {
    form,
    onSuccess: async () => {
      void message.success(t('rules.saved'));
      await queryClient.invalidateQueries({ queryKey: apiKey('rules.list') });
      onClose();
    },
  });
  const { min, max } = RULES[rule];
  const unit = t(`rules.units.${RULES[rule].unit}`);
  return (
    <FormModal<Values>
      title={value ? t('rules.editTitle', { name }) : t('rules.addTitle', { name })}
      form={form}
      okText={t('rules.save')}
      cancelText={t('rules.cancel')}
      pending={save.isPending}
      onCancel={onClose}
      initialValues={value ?? { validFrom: null }}
      onFinish={(values) =>
        save.mutate({
          id: value?.id,
          rule,
          validFrom: isBase ? null : values.validFrom,
          value: values.value!,
          basis: values.basis ?? '',
        })
      }
    >
      {isBase ? (
        <Typography.Paragraph type="secondary">{t('rules.baseFrom')}</Typography.Paragraph>
      ) : (
        <Form.Item name="validFrom" label={t('rules.validFrom')} required>
          <DateField autoFocus />
        </Form.Item>
      )}
      <Form.Item
        name="value"
        label={t('rules.value')}
        required
        rules={[{ required: true, message: t('rules.valueRequired', { min, max, unit }) }]}
      >
        <InputNumber<number>
          autoFocus={isBase}
          min={min}
          max={max}
          precision={0}
          suffix={unit}
          style={{ width: 160 }}
        />
      </Form.Item>
      <Form.Item name="basis" label={t('rules.basis')} extra={t('rules.basisHelp')} required>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
