import { ArrowDownOutlined, ArrowUpOutlined, CloseOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  EXPORT_COLUMN_CATALOGUE,
  EXPORT_COLUMN_KEYS,
  isPersonalColumn,
  type ExportColumnKey,
} from '../../../../main/members/export/catalogue';
import type { ExportLayout, ExportLayoutColumn } from '../../../../main/members/export/contract';
import { apiKey, useApiMutation } from '../../lib/api';
import { FormModal } from '../common/FormModal';
import { selectFilter } from '../form/values';
import './export.css';

interface Values {
  name: string;
  columns: ExportLayoutColumn[];
}

/** Where a new layout starts: the columns a list for the higher union usually has. */
const SUGGESTED: ExportColumnKey[] = [
  'stt',
  'fullName',
  'dateOfBirthMale',
  'dateOfBirthFemale',
  'ethnicity',
  'education',
  'jobTitle',
  'joinedOn',
  'cardNumber',
  'notes',
];

const withHeading = (key: ExportColumnKey): ExportLayoutColumn => ({
  key,
  header: EXPORT_COLUMN_CATALOGUE[key].header,
});

/**
 * A layout's name and its columns: each in file order with the heading the higher union uses,
 * moved with the arrow buttons, added from the list of columns not yet in it.
 */
export function ExportLayoutModal({ layout, onClose }: { layout?: ExportLayout; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const initialValues: Values = layout ?? { name: '', columns: SUGGESTED.map(withHeading) };
  // Until the form has mounted, the watch has nothing yet: the initial columns are on screen.
  const columns = Form.useWatch('columns', form) ?? initialValues.columns;
  const save = useApiMutation('members.saveExportLayout', {
    form,
    onSuccess: async (saved) => {
      void message.success(t('exportLayouts.saved', { name: saved.name }));
      await queryClient.invalidateQueries({ queryKey: apiKey('members.exportLayouts') });
      onClose();
    },
  });
  const label = (key: ExportColumnKey) => t(`exportLayouts.columnNames.${key}`);
  const personal = columns.filter((c) => c?.key && isPersonalColumn(c.key)).map((c) => label(c.key));
  const unused = EXPORT_COLUMN_KEYS.filter((key) => !columns.some((c) => c.key === key));
  return (
    <FormModal<Values>
      title={layout ? t('exportLayouts.editTitle', { name: layout.name }) : t('exportLayouts.addTitle')}
      form={form}
      okText={t('exportLayouts.save')}
      cancelText={t('exportLayouts.cancel')}
      pending={save.isPending}
      onCancel={onClose}
      width={720}
      initialValues={initialValues}
      onFinish={(values) => save.mutate({ id: layout?.id, name: values.name, columns: values.columns })}
    >
      <Form.Item
        name="name"
        label={t('exportLayouts.name')}
        required
        rules={[{ required: true, whitespace: true, message: t('exportLayouts.namePlaceholder') }]}
      >
        <Input autoFocus maxLength={100} placeholder={t('exportLayouts.namePlaceholder')} />
      </Form.Item>
      {!layout && <Typography.Paragraph type="secondary">{t('exportLayouts.suggested')}</Typography.Paragraph>}
      <Form.List
        name="columns"
        rules={[
          {
            validator: async (_rule, value?: unknown[]) => {
              if (!value || value.length === 0) throw new Error(t('exportLayouts.noColumns'));
            },
          },
        ]}
      >
        {(fields, { add, remove, move }, { errors }) => (
          <fieldset className="scd-layout-columns">
            <legend>{t('exportLayouts.columns')}</legend>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {t('exportLayouts.moveKeys')} {t('exportLayouts.twoLevel')}
            </Typography.Paragraph>
            <ol>
              {fields.map((field, index) => {
                const key = columns[index]?.key as ExportColumnKey | undefined;
                const n = index + 1;
                return (
                  <li key={field.key} className="scd-layout-column">
                    <div className="scd-layout-column-row">
                      <span className="scd-layout-column-name">
                        {key && label(key)}
                        {key && isPersonalColumn(key) && (
                          <Tag color="orange" bordered={false}>
                            {t('exportLayouts.personal')}
                          </Tag>
                        )}
                      </span>
                      {/* The column itself is not edited here, but must be a field to be in the values. */}
                      <Form.Item name={[field.name, 'key']} hidden>
                        <Input />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'header']}
                        rules={[{ required: true, whitespace: true, message: t('exportLayouts.columnHeader', { n }) }]}
                        style={{ margin: 0, flex: 1 }}
                      >
                        <Input
                          aria-label={t('exportLayouts.columnHeader', { n })}
                          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                          maxLength={100}
                          onKeyDown={(e) => {
                            const to = e.altKey ? { ArrowUp: index - 1, ArrowDown: index + 1 }[e.key] : undefined;
                            if (to === undefined || to < 0 || to >= fields.length) return;
                            e.preventDefault();
                            move(index, to);
                            // The heading keeps the focus at its new place, for the next move.
                            requestAnimationFrame(() => form.focusField(['columns', to, 'header']));
                          }}
                        />
                      </Form.Item>
                      <Button
                        type="text"
                        icon={<ArrowUpOutlined />}
                        aria-label={t('exportLayouts.moveUp', { n })}
                        disabled={index === 0}
                        onClick={() => move(index, index - 1)}
                      />
                      <Button
                        type="text"
                        icon={<ArrowDownOutlined />}
                        aria-label={t('exportLayouts.moveDown', { n })}
                        disabled={index === fields.length - 1}
                        onClick={() => move(index, index + 1)}
                      />
                      <Button
                        type="text"
                        danger
                        icon={<CloseOutlined />}
                        aria-label={t('exportLayouts.removeColumn', { n })}
                        onClick={() => remove(field.name)}
                      />
                    </div>
                  </li>
                );
              })}
            </ol>
            <Select<ExportColumnKey | null>
              showSearch={{ filterOption: selectFilter }}
              value={null}
              placeholder={t('exportLayouts.addColumn')}
              aria-label={t('exportLayouts.addColumn')}
              options={unused.map((key) => ({ value: key, label: label(key) }))}
              onChange={(key) => key && add(withHeading(key))}
              style={{ width: 280 }}
            />
            <Form.ErrorList errors={errors} />
          </fieldset>
        )}
      </Form.List>
      {personal.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 16 }}
          title={t('exportLayouts.personalWarning', { columns: personal.join(', ') })}
        />
      )}
    </FormModal>
  );
}
