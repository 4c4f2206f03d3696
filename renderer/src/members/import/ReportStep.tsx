import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  ArrowLeftOutlined,
  CheckCircleOutlined,
  CloseCircleOutlined,
  CloudUploadOutlined,
  EditOutlined,
  FileTextOutlined,
  LoadingOutlined,
  MinusCircleOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Row, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import {
  PREVIEW_FIELDS,
  allowedActions,
  lettersFor,
  type Actions,
  type Chosen,
  type Duplicate,
  type EffectiveReport,
  type ImportAction,
  type ImportReport,
  type Mapping,
} from './model';
import { useFieldLabel } from './useFieldLabel';

interface ReportStepProps {
  chosen: Chosen;
  mapping: Mapping;
  report: ImportReport;
  effective: EffectiveReport;
  actions: Actions;
  onActionChange: (row: number, action: ImportAction) => void;
  checking: boolean;
  committing: boolean;
  onBack: () => void;
  onChooseOther: () => void;
  /** Resolves when the job has started (or failed to). */
  onCommit: () => Promise<void>;
}

type PreviewRow = ImportReport['rows'][number];
type Issue = ImportReport['errors'][number];

/** Long lists scroll inside their card, rendering only the rows in view. */
const VIRTUAL_FROM = 40;
const SCROLL_HEIGHT = 440;

export function ReportStep(props: ReportStepProps) {
  const { chosen, mapping, report, effective, checking } = props;
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { label } = useFieldLabel();
  const { counts } = effective;
  const toWrite = counts.create + counts.update;
  const nameOf = new Map(report.rows.map((r) => [r.row, r.values.fullName]));

  const actionText: Record<ImportAction, string> = {
    create: t('memberImport.check.createAction'),
    update: t('memberImport.check.updateAction'),
    skip: t('memberImport.check.skipAction'),
  };

  const confirm = () => {
    const lines = [
      counts.create > 0 && t('memberImport.confirm.create', { n: formatNumber(counts.create) }),
      counts.update > 0 && t('memberImport.confirm.update', { n: formatNumber(counts.update) }),
      report.newGroups.length > 0 && t('memberImport.confirm.groups', { names: report.newGroups.join(', ') }),
      counts.errors + counts.skip > 0 &&
        t('memberImport.confirm.left', { errors: formatNumber(counts.errors), skip: formatNumber(counts.skip) }),
    ].filter((line): line is string => typeof line === 'string');
    modal.confirm({
      title: t('memberImport.confirm.title'),
      icon: <CloudUploadOutlined style={{ color: 'var(--ant-color-primary)' }} />,
      width: 520,
      content: (
        <div data-testid="import-confirm">
          <ul className="scd-import-confirm-list">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <Typography.Text type="secondary">{t('memberImport.confirm.safe')}</Typography.Text>
        </div>
      ),
      okText: t('memberImport.confirm.ok'),
      cancelText: t('memberImport.confirm.cancel'),
      onOk: props.onCommit,
    });
  };

  const errorColumns: TableColumnsType<Issue> = [
    { title: t('memberImport.check.row'), dataIndex: 'row', width: 72, align: 'right', render: rowNumber },
    {
      title: t('memberImport.check.name'),
      key: 'name',
      width: 200,
      render: (_, e) => <span className="scd-member-name">{nameOf.get(e.row) ?? t('common.empty')}</span>,
    },
    {
      title: t('memberImport.check.fieldColumn'),
      key: 'field',
      width: 220,
      render: (_, e) => {
        const letters = lettersFor(e.field, chosen, mapping);
        return (
          <Flex gap={8} align="center">
            {letters && <span className="scd-import-letter scd-import-letter-sm">{letters}</span>}
            <span>{label(e.field)}</span>
          </Flex>
        );
      },
    },
    { title: t('memberImport.check.message'), dataIndex: 'message', render: (m: string) => <span>{m}</span> },
  ];

  const duplicateColumns: TableColumnsType<Duplicate> = [
    { title: t('memberImport.check.row'), dataIndex: 'row', width: 72, align: 'right', render: rowNumber },
    {
      title: t('memberImport.check.nameInFile'),
      key: 'name',
      width: 200,
      render: (_, d) => <span className="scd-member-name">{nameOf.get(d.row) ?? d.memberName ?? ''}</span>,
    },
    {
      title: t('memberImport.check.sameAs'),
      key: 'sameAs',
      render: (_, d) =>
        d.memberId !== null && d.memberName ? (
          <span>
            {t('memberImport.check.sameAsMember', { name: d.memberName })}
            {d.identical && (
              <Tag className="scd-import-tag-inline" color="default">
                {t('memberImport.check.identical')}
              </Tag>
            )}
          </span>
        ) : (
          t('memberImport.check.sameAsRow', { row: d.sameAsRow ?? '' })
        ),
    },
    {
      title: t('memberImport.check.by'),
      key: 'by',
      width: 220,
      render: (_, d) =>
        d.by === 'cccd'
          ? d.cccd
            ? t('memberImport.check.byCccd', { cccd: d.cccd })
            : t('memberImport.check.byCccdOnly')
          : t('memberImport.check.byNameAndBirth'),
    },
    {
      title: t('memberImport.check.action'),
      key: 'action',
      width: 230,
      render: (_, d) => {
        if (effective.errorRows.has(d.row)) {
          return <Tag color="error">{t('memberImport.check.hasErrors')}</Tag>;
        }
        const allowed = allowedActions(d);
        const value = effective.actionOf(d.row, d.action);
        if (allowed.length === 1) {
          return (
            <Typography.Text type="secondary">
              {t('memberImport.check.onlySkip', { row: d.sameAsRow ?? '' })}
            </Typography.Text>
          );
        }
        return (
          <Select<ImportAction>
            aria-label={t('memberImport.check.actionLabel', { row: d.row })}
            value={value}
            onChange={(action) => props.onActionChange(d.row, action)}
            options={allowed.map((a) => ({ value: a, label: actionText[a] }))}
            style={{ width: 190 }}
          />
        );
      },
    },
  ];

  const skippedColumns: TableColumnsType<EffectiveReport['skipped'][number]> = [
    { title: t('memberImport.check.row'), dataIndex: 'row', width: 72, align: 'right', render: rowNumber },
    {
      title: t('memberImport.check.reason'),
      dataIndex: 'reason',
      render: (reason: string, s) => (s.byChoice ? <Typography.Text strong>{reason}</Typography.Text> : reason),
    },
  ];

  const shownFields = PREVIEW_FIELDS.filter((f) => report.rows.some((r) => r.values[f]));
  const previewColumns: TableColumnsType<PreviewRow> = [
    {
      title: t('memberImport.check.row'),
      dataIndex: 'row',
      width: 64,
      align: 'right',
      fixed: 'left',
      render: rowNumber,
    },
    {
      title: t('memberImport.check.result'),
      key: 'status',
      width: 116,
      fixed: 'left',
      render: (_, r) => <Outcome row={r} action={effective.actionOf(r.row, r.action)} />,
    },
    ...shownFields.map((field) => ({
      title: label(field),
      key: field,
      width: FIELD_WIDTH[field] ?? 150,
      ellipsis: true,
      render: (_: unknown, r: PreviewRow) => {
        const bad = r.errors.some((e) => e.field === field || (field === 'groupName' && e.field === 'groupId'));
        const value = r.values[field] ?? '';
        const cell = (
          <span className={bad ? 'scd-import-bad-cell' : field === 'fullName' ? 'scd-member-name' : undefined}>
            {value}
          </span>
        );
        // A tổ the register does not have yet: the import creates it, and says so on the row.
        return field === 'groupName' && r.newGroup ? (
          <>
            <Tag color="gold" className="scd-import-new-group">
              {t('memberImport.check.newGroupTag')}
            </Tag>
            {cell}
          </>
        ) : (
          cell
        );
      },
    })),
  ];
  const previewWidth = previewColumns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 150), 0);

  return (
    <Flex vertical gap={20}>
      <Row gutter={[16, 16]} data-testid="import-counts">
        <CountCard id="rows" icon={<FileTextOutlined />} value={counts.rows} tone="neutral" />
        <CountCard id="valid" icon={<CheckCircleOutlined />} value={counts.valid} tone="good" />
        <CountCard id="errors" icon={<CloseCircleOutlined />} value={counts.errors} tone="bad" />
        <CountCard id="create" icon={<UserAddOutlined />} value={counts.create} tone="brand" />
        <CountCard id="update" icon={<EditOutlined />} value={counts.update} tone="brand" />
        <CountCard id="skip" icon={<MinusCircleOutlined />} value={counts.skip} tone="neutral" />
      </Row>

      {counts.errors > 0 ? (
        <Alert
          type="warning"
          showIcon
          data-testid="import-errors-notice"
          title={<strong>{t('memberImport.check.errorsNotice', { n: formatNumber(counts.errors) })}</strong>}
          description={t('memberImport.check.errorsHow')}
        />
      ) : (
        <Alert type="success" showIcon title={t('memberImport.check.noErrors')} />
      )}
      {report.newGroups.length > 0 && (
        <Alert
          type="info"
          showIcon
          icon={<ApartmentOutlined />}
          className="scd-import-note"
          data-testid="import-new-groups"
          title={t('memberImport.check.newGroupsTitle', { names: report.newGroups.join(', ') })}
          description={t('memberImport.check.newGroupsText')}
        />
      )}

      {report.errors.length > 0 && (
        <Section
          testId="import-errors"
          title={t('memberImport.check.errorsTitle')}
          count={report.errors.length}
          tone="bad"
        >
          <Table<Issue>
            size="middle"
            rowKey={(e) => `${e.row}:${e.field}`}
            columns={errorColumns}
            dataSource={report.errors}
            pagination={false}
            {...long(report.errors.length, 880)}
          />
        </Section>
      )}

      {report.duplicates.length > 0 && (
        <Section
          testId="import-duplicates"
          title={t('memberImport.check.duplicatesTitle')}
          count={report.duplicates.length}
          help={t('memberImport.check.duplicatesHelp')}
        >
          <Table<Duplicate>
            size="middle"
            rowKey="row"
            columns={duplicateColumns}
            dataSource={report.duplicates}
            pagination={false}
            {...long(report.duplicates.length, 980)}
          />
        </Section>
      )}

      {effective.skipped.length > 0 && (
        <Section
          testId="import-skipped"
          title={t('memberImport.check.skippedTitle')}
          count={effective.skipped.length}
          help={t('memberImport.check.skippedHelp')}
        >
          <Table
            size="small"
            rowKey="row"
            columns={skippedColumns}
            dataSource={effective.skipped}
            pagination={false}
            {...long(effective.skipped.length, 600)}
          />
        </Section>
      )}

      <Section
        testId="import-preview"
        title={t('memberImport.check.previewTitle')}
        count={counts.rows}
        help={
          <>
            {t('memberImport.check.previewHelp')}{' '}
            {report.rows.length < counts.rows &&
              t('memberImport.check.previewFirst', {
                shown: formatNumber(report.rows.length),
                total: formatNumber(counts.rows),
              })}
          </>
        }
      >
        <Table<PreviewRow>
          className="scd-import-preview"
          size="small"
          rowKey="row"
          columns={previewColumns}
          dataSource={report.rows}
          pagination={false}
          rowClassName={(r) => (r.status === 'error' ? 'scd-import-row-error' : '')}
          scroll={{ x: previewWidth, ...(report.rows.length >= VIRTUAL_FROM ? { y: SCROLL_HEIGHT } : {}) }}
          virtual={report.rows.length >= VIRTUAL_FROM}
        />
      </Section>

      <Flex justify="space-between" align="center" gap={12} wrap className="scd-import-footer">
        <Flex gap={12}>
          <Button size="large" icon={<ArrowLeftOutlined />} onClick={props.onBack}>
            {t('memberImport.check.backToMapping')}
          </Button>
          <Button size="large" onClick={props.onChooseOther}>
            {t('memberImport.check.chooseAgain')}
          </Button>
        </Flex>
        <Flex gap={16} align="center">
          {checking && (
            <Typography.Text type="secondary">
              <LoadingOutlined aria-hidden /> {t('memberImport.check.stale')}
            </Typography.Text>
          )}
          <Button
            type="primary"
            size="large"
            icon={<CloudUploadOutlined />}
            disabled={toWrite === 0 || checking}
            loading={props.committing}
            onClick={confirm}
          >
            {toWrite === 0
              ? t('memberImport.check.nothing')
              : t('memberImport.check.import', { n: formatNumber(toWrite) })}
          </Button>
        </Flex>
      </Flex>
    </Flex>
  );
}

const FIELD_WIDTH: Partial<Record<string, number>> = {
  fullName: 190,
  dateOfBirth: 104,
  gender: 84,
  cccd: 130,
  phone: 124,
  groupName: 210,
  joinedOn: 150,
  partyMember: 92,
  insuranceSalary: 140,
  ethnicity: 90,
  religion: 100,
  notes: 220,
};

function rowNumber(row: number) {
  return <span className="scd-import-row-number">{row}</span>;
}

function long(length: number, width: number) {
  return length >= VIRTUAL_FROM ? { virtual: true, scroll: { x: width, y: SCROLL_HEIGHT } } : {};
}

function Outcome({ row, action }: { row: PreviewRow; action: ImportAction }) {
  const { t } = useTranslation();
  if (row.status === 'error') return <Tag color="error">{t('memberImport.check.willFail')}</Tag>;
  if (action === 'create') return <Tag color="green">{t('memberImport.check.willCreate')}</Tag>;
  if (action === 'update') return <Tag color="blue">{t('memberImport.check.willUpdate')}</Tag>;
  return <Tag>{t('memberImport.check.willSkip')}</Tag>;
}

type Tone = 'neutral' | 'good' | 'bad' | 'brand';
type CountId = 'rows' | 'valid' | 'errors' | 'create' | 'update' | 'skip';

function CountCard({ id, icon, value, tone }: { id: CountId; icon: ReactNode; value: number; tone: Tone }) {
  const { t } = useTranslation();
  const active = value > 0 ? tone : 'neutral';
  return (
    <Col xs={12} md={8} xl={4}>
      <Card className={`scd-import-count scd-import-count-${active}`} data-testid={`count-${id}`}>
        <Flex vertical gap={2}>
          <Flex align="center" gap={8} className="scd-import-count-label">
            <span aria-hidden>{icon}</span>
            {t(`memberImport.check.${id}`)}
          </Flex>
          <span className="scd-import-count-value">{formatNumber(value)}</span>
          <Typography.Text type="secondary" className="scd-import-count-note">
            {t(`memberImport.check.${id}Note`)}
          </Typography.Text>
        </Flex>
      </Card>
    </Col>
  );
}

function Section(props: {
  testId: string;
  title: string;
  count: number;
  tone?: 'bad';
  help?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card
      data-testid={props.testId}
      title={
        <Flex align="center" gap={10}>
          <span>{props.title}</span>
          <span className={`scd-import-badge${props.tone ? ` scd-import-badge-${props.tone}` : ''}`}>
            {formatNumber(props.count)}
          </span>
        </Flex>
      }
      styles={{ body: { padding: 0 } }}
    >
      {props.help && (
        <Typography.Paragraph type="secondary" className="scd-import-intro">
          {props.help}
        </Typography.Paragraph>
      )}
      {props.children}
    </Card>
  );
}
