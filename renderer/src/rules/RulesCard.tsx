import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RULES } from '../../../main/rules/catalogue';
import type { RuleKey, RuleValue } from '../../../main/rules/contract';
import { apiKey, useApiMutation, useApiQuery } from '../lib/api';
import { formatDate } from '../lib/format';
import { LoadError, Loading } from '../lib/Status';
import { useConfirmDanger } from '../lib/useConfirmDanger';
import { RuleValueModal } from './RuleValueModal';

/** What the modal is open for: a new value of a rule, or a correction of one. */
type Editing = { rule: RuleKey; value?: RuleValue } | null;

/**
 * "Quy định áp dụng theo thời gian" in the settings: each rule with its values by date and
 * their legal basis; the chair adds a value when a new regulation comes, or corrects one.
 */
export function RulesCard() {
  const { t } = useTranslation();
  const rules = useApiQuery('rules.list');
  const [editing, setEditing] = useState<Editing>(null);
  return (
    <Card title={t('rules.title')}>
      <Typography.Paragraph type="secondary">{t('rules.text')}</Typography.Paragraph>
      {rules.isPending ? (
        <Loading />
      ) : rules.isError ? (
        <LoadError error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <Flex vertical gap={24}>
          {(Object.keys(RULES) as RuleKey[]).map((rule) => (
            <RuleSection
              key={rule}
              rule={rule}
              values={rules.data.filter((v) => v.rule === rule)}
              onEdit={(value) => setEditing({ rule, value })}
              onAdd={() => setEditing({ rule })}
            />
          ))}
        </Flex>
      )}
      {editing && <RuleValueModal rule={editing.rule} value={editing.value} onClose={() => setEditing(null)} />}
    </Card>
  );
}

interface RuleSectionProps {
  rule: RuleKey;
  values: RuleValue[];
  onEdit: (value: RuleValue) => void;
  onAdd: () => void;
}

function RuleSection({ rule, values, onEdit, onAdd }: RuleSectionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const confirmDanger = useConfirmDanger();
  const queryClient = useQueryClient();
  const name = t(`rules.names.${rule}`);
  const remove = useApiMutation('rules.remove', {
    onSuccess: async (_done, input) => {
      const removed = values.find((v) => v.id === input.id);
      void message.success(t('rules.removed', { date: formatDate(removed?.validFrom) }));
      await queryClient.invalidateQueries({ queryKey: apiKey('rules.list') });
    },
  });
  const confirmRemove = (value: RuleValue) =>
    confirmDanger({
      title: t('rules.removeTitle', { date: formatDate(value.validFrom) }),
      content: t('rules.removeText'),
      okText: t('rules.remove'),
      cancelText: t('rules.cancel'),
      onOk: () => remove.mutateAsync({ id: value.id }),
    });
  return (
    <section className="scd-rule" aria-label={name}>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {name}
        </Typography.Title>
        <Button size="small" icon={<PlusOutlined />} onClick={onAdd}>
          {t('rules.add')}
        </Button>
      </Flex>
      <Table<RuleValue>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={values}
        columns={[
          {
            key: 'validFrom',
            title: t('rules.columns.validFrom'),
            width: 120,
            render: (_, v) => (v.validFrom ? formatDate(v.validFrom) : t('rules.base')),
          },
          {
            key: 'value',
            title: t('rules.columns.value'),
            width: 100,
            render: (_, v) => `${v.value} ${t(`rules.units.${RULES[rule].unit}`)}`,
          },
          { key: 'basis', title: t('rules.columns.basis'), dataIndex: 'basis' },
          {
            key: 'actions',
            title: t('rules.columns.actions'),
            width: 110,
            render: (_, v) => (
              <Flex gap={4}>
                <Button
                  size="small"
                  type="text"
                  icon={<EditOutlined />}
                  aria-label={`${t('rules.edit')} ${v.validFrom ? formatDate(v.validFrom) : t('rules.base')}`}
                  title={t('rules.edit')}
                  onClick={() => onEdit(v)}
                />
                {v.validFrom && (
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`${t('rules.remove')} ${formatDate(v.validFrom)}`}
                    title={t('rules.remove')}
                    onClick={() => confirmRemove(v)}
                  />
                )}
              </Flex>
            ),
          },
        ]}
      />
    </section>
  );
}
