/**
 * The import report's tables: the errors to fix, the duplicates with the chair's choice, the
 * lines left out and the preview of every row. Long lists scroll inside their card, rendering
 * only the rows in view.
 */
import { ColumnWidthOutlined } from '@ant-design/icons';
import { Flex, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  PREVIEW_FIELDS,
  allowedActions,
  lettersFor,
  type Chosen,
  type Duplicate,
  type EffectiveReport,
  type ImportAction,
  type ImportReport,
  type Mapping,
} from './model';
import { useFieldLabel } from './useFieldLabel';
import { useNarrowerThan } from '../../lib/useNarrowerThan';

type PreviewRow = ImportReport['rows'][number];
type Issue = ImportReport['errors'][number];
/** Full names by Excel row number, to name the person on each error and duplicate. */
export type NamesByRow = Map<number, string | undefined>;

const VIRTUAL_FROM = 40;
const SCROLL_HEIGHT = 440;

/** Errors, or notes: by row, the member's name, the column and field, and the message. */
export function IssuesTable({
  issues,
  messageTitle,
  nameOf,
  chosen,
  mapping,
}: {
  issues: Issue[];
  messageTitle: string;
  nameOf: NamesByRow;
  chosen: Chosen;
  mapping: Mapping;
}) {
  const { t } = useTranslation();
  const { label } = useFieldLabel();
  const issueColumns: TableColumnsType<Issue> = [
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
    { title: messageTitle, dataIndex: 'message', render: (m: string) => <span>{m}</span> },
  ];
  return (
    <Table<Issue>
      size="middle"
      rowKey={(e) => `${e.row}:${e.field}`}
      columns={issueColumns}
      dataSource={issues}
      pagination={false}
      {...long(issues.length, 880)}
    />
  );
}

export function DuplicatesTable({
  duplicates,
  nameOf,
  effective,
  onActionChange,
}: {
  duplicates: Duplicate[];
  nameOf: NamesByRow;
  effective: EffectiveReport;
  onActionChange: (row: number, action: ImportAction) => void;
}) {
  const { t } = useTranslation();
  const actionText: Record<ImportAction, string> = {
    create: t('memberImport.check.createAction'),
    update: t('memberImport.check.updateAction'),
    skip: t('memberImport.check.skipAction'),
  };
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
      width: 260,
      render: (_, d) => {
        if (d.by === 'nameAndBirthOtherCccd') {
          return (
            <Typography.Text type="warning">
              {t('memberImport.check.byNameAndBirthOtherCccd', { cccd: d.memberCccd ?? '' })}
            </Typography.Text>
          );
        }
        if (d.by === 'nameAndBirth') return t('memberImport.check.byNameAndBirth');
        return d.cccd ? t('memberImport.check.byCccd', { cccd: d.cccd }) : t('memberImport.check.byCccdOnly');
      },
    },
    {
      title: t('memberImport.check.action'),
      key: 'action',
      width: 230,
      render: (_, d) => {
        const allowed = allowedActions(d);
        const hasErrors = effective.errorRows.has(d.row);
        const errorTag = hasErrors && <Tag color="error">{t('memberImport.check.hasErrors')}</Tag>;
        if (allowed.length === 1) {
          return (
            errorTag || (
              <Typography.Text type="secondary">
                {t('memberImport.check.onlySkip', { row: d.sameAsRow ?? '' })}
              </Typography.Text>
            )
          );
        }
        // A row with errors keeps its choice: "update" takes the missing fields from the register,
        // and a choice that caused the error can be taken back.
        return (
          <Flex vertical gap={4} align="flex-start">
            <Select<ImportAction>
              aria-label={t('memberImport.check.actionLabel', { row: d.row })}
              value={effective.actionOf(d.row, d.action)}
              onChange={(action) => onActionChange(d.row, action)}
              options={allowed.map((a) => ({ value: a, label: actionText[a] }))}
              style={{ width: 190 }}
            />
            {errorTag}
          </Flex>
        );
      },
    },
  ];
  return (
    <Table<Duplicate>
      size="middle"
      rowKey="row"
      columns={duplicateColumns}
      dataSource={duplicates}
      pagination={false}
      {...long(duplicates.length, 980)}
    />
  );
}

export function SkippedTable({ skipped }: { skipped: EffectiveReport['skipped'] }) {
  const { t } = useTranslation();
  const skippedColumns: TableColumnsType<EffectiveReport['skipped'][number]> = [
    { title: t('memberImport.check.row'), dataIndex: 'row', width: 72, align: 'right', render: rowNumber },
    {
      title: t('memberImport.check.reason'),
      dataIndex: 'reason',
      render: (reason: string, s) => (s.byChoice ? <Typography.Text strong>{reason}</Typography.Text> : reason),
    },
  ];
  return (
    <Table
      size="small"
      rowKey="row"
      columns={skippedColumns}
      dataSource={skipped}
      pagination={false}
      {...long(skipped.length, 600)}
    />
  );
}

export function PreviewTable({ rows, effective }: { rows: PreviewRow[]; effective: EffectiveReport }) {
  const { t } = useTranslation();
  const { label } = useFieldLabel();
  const shownFields = PREVIEW_FIELDS.filter((f) => rows.some((r) => r.values[f]));
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
      // The person stays in view while the other columns scroll sideways.
      fixed: field === 'fullName' ? ('left' as const) : undefined,
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
  const { ref, narrower } = useNarrowerThan<HTMLDivElement>(previewWidth);
  return (
    <div ref={ref}>
      {narrower && (
        <Typography.Paragraph type="secondary" className="scd-import-scroll-hint">
          <ColumnWidthOutlined aria-hidden />{' '}
          {t('memberImport.check.previewScrolls', { columns: previewColumns.length })}
        </Typography.Paragraph>
      )}
      <Table<PreviewRow>
        className="scd-import-preview"
        size="small"
        rowKey="row"
        columns={previewColumns}
        dataSource={rows}
        pagination={false}
        rowClassName={(r) => (r.status === 'error' ? 'scd-import-row-error' : '')}
        scroll={{ x: previewWidth, ...(rows.length >= VIRTUAL_FROM ? { y: SCROLL_HEIGHT } : {}) }}
        virtual={rows.length >= VIRTUAL_FROM}
      />
    </div>
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
  enteredOn: 130,
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
