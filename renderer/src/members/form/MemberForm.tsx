import type { ReactNode, Ref } from 'react';
import { AutoComplete, Checkbox, Col, Form, Input, Radio, Row, Select, type FormInstance, type InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnionGroup } from '../../../../main/members/contract';
import type { vi } from '../../i18n/catalogue';
import { requiredMark } from '../../lib/requiredMark';
import { DateField } from './DateField';
import { MoneyInput } from './MoneyInput';
import { clearOnDelete, useNoClearTabStops } from './useNoClearTabStops';
import { selectFilter, suggestionFilter, type MemberFormValues } from './values';

type FieldName = keyof (typeof vi)['register']['form']['fields'];

interface MemberFormProps {
  form: FormInstance<MemberFormValues>;
  mode: 'create' | 'edit';
  initialValues: MemberFormValues;
  groups: UnionGroup[];
  /** The member's tổ when it has been merged away (they left from it): shown, not offered. */
  mergedGroup?: { id: number; name: string };
  /** Tổ and salary as loaded, to ask "Ngày thay đổi" only when one of them changes. */
  original?: { groupId: number | null; insuranceSalary: number | null };
  onFinish: (values: MemberFormValues) => void;
  firstFieldRef: Ref<InputRef>;
}

/**
 * Every field of a member, in the sections of the paper record. Create and edit share it.
 * No rules here: the server's Vietnamese messages are the one source and appear at the field
 * they concern, all at once.
 */
export function MemberForm({
  form,
  mode,
  initialValues,
  groups,
  mergedGroup,
  original,
  onFinish,
  firstFieldRef,
}: MemberFormProps) {
  const { t } = useTranslation();
  const box = useNoClearTabStops();
  const clear = (name: 'groupId' | 'cardType') => clearOnDelete(() => form.setFieldValue(['fields', name], null));
  const label = (name: FieldName) => t(`register.form.fields.${name}`);
  const partyMember = Form.useWatch(['fields', 'partyMember'], form);
  const entry = Form.useWatch('entry', form);
  const groupId = Form.useWatch(['fields', 'groupId'], form);
  const salary = Form.useWatch(['fields', 'insuranceSalary'], form);
  const historyChanged =
    mode === 'edit' &&
    original !== undefined &&
    ((groupId ?? null) !== original.groupId || (salary ?? null) !== original.insuranceSalary);
  const suggestions = (key: 'ethnicityOptions' | 'religionOptions' | 'educationOptions' | 'cardStatusOptions') => {
    const options = t(`register.form.${key}`)
      .split(',')
      .map((value) => ({ value }));
    return { options, showSearch: { filterOption: suggestionFilter(options) } };
  };

  return (
    <div ref={box}>
      <Form<MemberFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        requiredMark={requiredMark}
        className="scd-member-form"
        // A message from the last save is stale once the chair edits that field.
        onValuesChange={(changed: Partial<MemberFormValues>) => {
          const names = [
            ...Object.keys(changed.fields ?? {}).map((name) => ['fields', name]),
            ...Object.keys(changed)
              .filter((name) => name !== 'fields')
              .map((name) => [name]),
          ];
          form.setFields(names.map((name) => ({ name: name as never, errors: [] })));
          if (changed.fields?.partyMember === false) form.setFieldValue(['fields', 'partyJoinedOn'], null);
        }}
      >
        <Section title={t('register.form.sections.personal')}>
          <Col xs={24} md={12}>
            <Form.Item
              name={['fields', 'fullName']}
              label={label('fullName')}
              extra={t('register.form.help.fullName')}
              required
            >
              <Input ref={firstFieldRef} autoComplete="off" spellCheck={false} maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={['fields', 'dateOfBirth']} label={label('dateOfBirth')} required>
              <DateField />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={['fields', 'gender']} label={label('gender')} required>
              <Radio.Group
                name="gender"
                options={[
                  { value: 'male', label: t('register.gender.male') },
                  { value: 'female', label: t('register.gender.female') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['fields', 'cccd']} label={label('cccd')} extra={t('register.form.help.cccd')}>
              <Input autoComplete="off" inputMode="numeric" maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name={['fields', 'phone']} label={label('phone')} extra={t('register.form.help.phone')}>
              <Input autoComplete="off" inputMode="tel" maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name={['fields', 'email']} label={label('email')}>
              <Input autoComplete="off" inputMode="email" maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name={['fields', 'ethnicity']} label={label('ethnicity')}>
              <AutoComplete {...suggestions('ethnicityOptions')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name={['fields', 'religion']} label={label('religion')}>
              <AutoComplete {...suggestions('religionOptions')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['fields', 'education']} label={label('education')}>
              <AutoComplete {...suggestions('educationOptions')} />
            </Form.Item>
          </Col>
        </Section>

        <Section title={t('register.form.sections.work')}>
          <Col xs={24} md={8}>
            <Form.Item name={['fields', 'jobTitle']} label={label('jobTitle')}>
              <Input autoComplete="off" maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['fields', 'unionPosition']} label={label('unionPosition')}>
              <Input autoComplete="off" maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['fields', 'groupId']} label={label('groupId')}>
              <Select<number>
                showSearch={{ filterOption: selectFilter }}
                allowClear
                placeholder={t('register.form.noGroup')}
                onKeyDown={clear('groupId')}
                options={[
                  ...groups.map((g) => ({ value: g.id, label: g.name })),
                  ...(mergedGroup
                    ? [
                        {
                          value: mergedGroup.id,
                          label: t('register.form.mergedGroup', { name: mergedGroup.name }),
                          disabled: true,
                        },
                      ]
                    : []),
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name={['fields', 'joinedOn']} label={label('joinedOn')} required>
              <DateField />
            </Form.Item>
          </Col>
          {mode === 'create' ? (
            <>
              <Col xs={12} md={8}>
                <Form.Item name="entry" label={label('entry')}>
                  <Radio.Group
                    name="entry"
                    options={[
                      { value: 'admitted', label: t('register.movement.kinds.admitted') },
                      { value: 'transferred_in', label: t('register.movement.kinds.transferred_in') },
                    ]}
                  />
                </Form.Item>
              </Col>
              {entry === 'transferred_in' && (
                <Col xs={12} md={8}>
                  <Form.Item name="enteredOn" label={label('enteredOn')} extra={t('register.form.help.enteredOn')}>
                    <DateField />
                  </Form.Item>
                </Col>
              )}
              <Col xs={12} md={8}>
                <Form.Item
                  name="decisionNumber"
                  label={label('decisionNumber')}
                  extra={t('register.form.help.decisionNumber')}
                >
                  <Input autoComplete="off" maxLength={50} />
                </Form.Item>
              </Col>
            </>
          ) : null}
        </Section>

        <Section title={t('register.form.sections.card')}>
          <Col xs={12} md={8}>
            <Form.Item
              name={['fields', 'memberCode']}
              label={label('memberCode')}
              extra={t('register.form.help.memberCode')}
            >
              <Input autoComplete="off" maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name={['fields', 'cardNumber']}
              label={label('cardNumber')}
              extra={t('register.form.help.cardNumber')}
            >
              <Input autoComplete="off" maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name={['fields', 'cardIssuedOn']} label={label('cardIssuedOn')}>
              <DateField />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name={['fields', 'cardType']} label={label('cardType')}>
              <Select
                allowClear
                onKeyDown={clear('cardType')}
                options={[
                  { value: 'regular', label: t('register.cardType.regular') },
                  { value: 'linked', label: t('register.cardType.linked') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name={['fields', 'cardStatus']}
              label={label('cardStatus')}
              extra={t('register.form.help.cardStatus')}
            >
              <AutoComplete {...suggestions('cardStatusOptions')} />
            </Form.Item>
          </Col>
        </Section>

        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Section title={t('register.form.sections.party')}>
              <Col span={10}>
                <Form.Item name={['fields', 'partyMember']} valuePropName="checked" label=" " colon={false}>
                  <Checkbox>{label('partyMember')}</Checkbox>
                </Form.Item>
              </Col>
              <Col span={14}>
                <Form.Item name={['fields', 'partyJoinedOn']} label={label('partyJoinedOn')}>
                  <DateField disabled={!partyMember} />
                </Form.Item>
              </Col>
            </Section>
          </Col>
          <Col xs={24} md={12}>
            <Section title={t('register.form.sections.salary')}>
              <Col span={historyChanged ? 14 : 24}>
                <Form.Item
                  name={['fields', 'insuranceSalary']}
                  label={label('insuranceSalary')}
                  extra={historyChanged ? undefined : t('register.form.help.insuranceSalary')}
                >
                  <MoneyInput />
                </Form.Item>
              </Col>
              {historyChanged && (
                <Col span={10}>
                  <Form.Item name="changedOn" label={label('changedOn')} extra={t('register.form.help.changedOn')}>
                    <DateField />
                  </Form.Item>
                </Col>
              )}
            </Section>
          </Col>
        </Row>

        <Section title={t('register.form.sections.notes')}>
          <Col span={24}>
            <Form.Item name={['fields', 'notes']}>
              <Input.TextArea aria-label={label('notes')} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
            </Form.Item>
          </Col>
        </Section>
      </Form>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="scd-form-section">
      <h4 className="scd-form-section-title">{title}</h4>
      <Row gutter={16}>{children}</Row>
    </section>
  );
}
