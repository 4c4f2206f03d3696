import { useEffect, useRef, type ReactNode } from 'react';
import { Button, Col, Flex, Form, Input, Row, Typography, type InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BranchSettings, BranchSettingsInput } from '../../../main/settings/contract';
import { useApiMutation } from '../lib/api';
import { formatPlaceDateLine, todayIso } from '../lib/format';
import { busy } from '../lib/busy';
import { requiredMark } from '../lib/requiredMark';

/**
 * In tab order; the server checks every one of them and says what is missing. The two short
 * ones share a row so the whole form fits a 1366×800 screen without scrolling.
 */
const FIELDS = [
  { name: 'branchName', span: 24 },
  { name: 'unitName', span: 24 },
  { name: 'higherUnion', span: 24 },
  { name: 'chairName', span: 12 },
  { name: 'placeName', span: 12 },
] as const;
type Values = Required<BranchSettingsInput>;

interface BranchFormProps {
  initialValues?: Partial<Values>;
  submitLabel: string;
  onSaved: (saved: BranchSettings) => void;
  /** Shown left of the submit button (e.g. the wizard's "Quay lại"). */
  secondaryAction?: ReactNode;
  autoFocus?: boolean;
}

/**
 * The branch details, as the wizard asks them and as Cài đặt edits them. No rules here: the
 * server's Vietnamese messages are the one source and appear at the field they concern.
 */
export function BranchForm({ initialValues, submitLabel, onSaved, secondaryAction, autoFocus }: BranchFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useApiMutation('settings.save', { form, onSuccess: onSaved });
  const firstField = useRef<InputRef>(null);
  // Focused when the form appears, so a keyboard-only first run can start typing at once.
  useEffect(() => {
    if (autoFocus) firstField.current?.focus();
  }, [autoFocus]);

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => save.mutate(values)}
      // A message from the last save is stale once the chair edits that field.
      onValuesChange={(changed) =>
        form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof Values, errors: [] })))
      }
      requiredMark={requiredMark}
    >
      <Row gutter={16}>
        {FIELDS.map(({ name, span }, index) => (
          <Col key={name} xs={24} md={span}>
            <Form.Item name={name} label={t(`branch.${name}.label`)} extra={t(`branch.${name}.help`)} required>
              <Input ref={index === 0 ? firstField : undefined} autoComplete="off" spellCheck={false} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item noStyle shouldUpdate={(prev, next) => prev.placeName !== next.placeName}>
        {({ getFieldValue }) => <DateLinePreview place={String(getFieldValue('placeName') ?? '')} />}
      </Form.Item>
      <Flex justify="flex-end" gap={8} style={{ marginTop: 20 }}>
        {secondaryAction}
        <Button type="primary" htmlType="submit" loading={busy(save.isPending)}>
          {submitLabel}
        </Button>
      </Flex>
    </Form>
  );
}

/** How the date line of a document will read with this place, using today's date. */
function DateLinePreview({ place }: { place: string }) {
  const { t } = useTranslation();
  const line = formatPlaceDateLine(place.trim() || t('branch.previewPlaceholder'), todayIso());
  return (
    <Flex vertical gap={4} className="scd-date-preview" data-testid="date-line-preview">
      <Typography.Text type="secondary">{t('branch.preview')}</Typography.Text>
      <span className="scd-date-line">{line}</span>
    </Flex>
  );
}
