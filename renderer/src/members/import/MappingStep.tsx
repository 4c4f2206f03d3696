import { ArrowRightOutlined, FileExcelOutlined, LoadingOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, InputNumber, Row, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../main/ipc/errors';
import { formatNumber, searchKey } from '../../lib/format';
import {
  ALTERNATIVE_FIELDS,
  REQUIRED_FIELDS,
  type Chosen,
  type Column,
  type ImportField,
  type ImportReport,
  type Mapping,
} from './model';
import { useFieldLabel } from './useFieldLabel';

/** The Select's value for "Bỏ qua cột này" (a Select treats null as no value at all). */
const IGNORE = '__ignore';
const SAMPLES_SHOWN = 3;

interface MappingStepProps {
  chosen: Chosen;
  mapping: Mapping;
  onMappingChange: (index: number, field: ImportField | null) => void;
  headerRow: number | null;
  onHeaderRowChange: (row: number | null) => void;
  report: ImportReport | undefined;
  error: ApiError | null;
  checking: boolean;
  choosing: boolean;
  onChooseOther: () => void;
  onNext: () => void;
}

export function MappingStep(props: MappingStepProps) {
  const { chosen, mapping, onMappingChange, report, error, checking } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { label, hint } = useFieldLabel();
  const position = new Map(chosen.columns.map((c, i) => [c.index, i]));
  const columnOf = (field: ImportField) => chosen.columns.find((c) => mapping[c.index] === field);
  const missing = error ? [] : (report?.missingFields ?? []);
  const canContinue = !!report && !error && !checking && missing.length === 0;

  const option = (field: ImportField, forColumn: Column) => {
    const holder = columnOf(field);
    const elsewhere = holder && holder.index !== forColumn.index ? holder.letter : null;
    const required = REQUIRED_FIELDS.includes(field);
    return {
      value: field,
      search: searchKey(`${label(field)} ${hint(field) ?? ''}`),
      label: (
        <span className="scd-import-option">
          <span>
            {label(field)}
            {required && (
              <span className="scd-required" aria-hidden>
                *
              </span>
            )}
          </span>
          {hint(field) && <span className="scd-import-option-hint">{hint(field)}</span>}
          {elsewhere && (
            <span className="scd-import-option-used">{t('memberImport.map.usedBy', { letter: elsewhere })}</span>
          )}
        </span>
      ),
    };
  };

  const choose = (column: Column, value: string) => {
    const field = value === IGNORE ? null : (value as ImportField);
    const holder = field ? columnOf(field) : undefined;
    onMappingChange(column.index, field);
    if (field && holder && holder.index !== column.index) {
      void message.info(t('memberImport.map.moved', { field: label(field), from: holder.letter, to: column.letter }));
    }
  };

  const columns: TableColumnsType<Column> = [
    {
      title: t('memberImport.map.letter'),
      dataIndex: 'letter',
      width: 64,
      align: 'center',
      render: (letter: string) => <span className="scd-import-letter">{letter}</span>,
    },
    {
      title: t('memberImport.map.header'),
      dataIndex: 'header',
      width: 240,
      render: (header: string) =>
        header ? (
          <span className="scd-import-header">{header}</span>
        ) : (
          <Typography.Text type="secondary" italic>
            {t('memberImport.map.noHeader')}
          </Typography.Text>
        ),
    },
    {
      title: t('memberImport.map.samples'),
      key: 'samples',
      render: (_, column) => {
        const at = position.get(column.index) ?? column.index;
        const values = chosen.sampleRows.map((r) => r.cells[at] ?? '').slice(0, SAMPLES_SHOWN);
        return (
          <Flex gap={6} wrap className="scd-import-samples">
            {values.map((value, i) =>
              value ? (
                <span key={i} className="scd-import-sample" title={value}>
                  {value}
                </span>
              ) : (
                <span key={i} className="scd-import-sample scd-import-sample-empty">
                  {t('memberImport.map.empty')}
                </span>
              ),
            )}
          </Flex>
        );
      },
    },
    {
      title: t('memberImport.map.field'),
      key: 'field',
      width: 380,
      render: (_, column) => {
        const field = mapping[column.index] ?? null;
        const changed = field !== column.field;
        const others = (Object.keys(labelsOrder) as ImportField[]).filter(
          (f) => !REQUIRED_FIELDS.includes(f) && !ALTERNATIVE_FIELDS.includes(f),
        );
        return (
          <Flex gap={8} align="center">
            <Select<string>
              className="scd-import-select"
              aria-label={t('memberImport.map.selectLabel', {
                letter: column.letter,
                header: column.header || t('memberImport.map.noHeader'),
              })}
              value={field ?? IGNORE}
              onChange={(value) => choose(column, value)}
              showSearch={{
                filterOption: (input, opt) =>
                  !!opt && typeof opt.search === 'string' && opt.search.includes(searchKey(input)),
              }}
              labelRender={({ value }) =>
                value === IGNORE ? (
                  <Typography.Text type="secondary">{t('memberImport.map.ignore')}</Typography.Text>
                ) : (
                  label(String(value))
                )
              }
              listHeight={360}
              popupMatchSelectWidth={360}
              options={[
                {
                  value: IGNORE,
                  search: searchKey(t('memberImport.map.ignore')),
                  label: <Typography.Text type="secondary">{t('memberImport.map.ignore')}</Typography.Text>,
                },
                {
                  label: t('memberImport.map.groupRequired'),
                  title: t('memberImport.map.groupRequired'),
                  options: REQUIRED_FIELDS.map((f) => option(f, column)),
                },
                {
                  label: t('memberImport.map.groupAlternatives'),
                  title: t('memberImport.map.groupAlternatives'),
                  options: ALTERNATIVE_FIELDS.map((f) => option(f, column)),
                },
                {
                  label: t('memberImport.map.groupOther'),
                  title: t('memberImport.map.groupOther'),
                  options: others.map((f) => option(f, column)),
                },
              ]}
            />
            {changed ? (
              <Tag color="blue" icon={<SwapOutlined />}>
                {t('memberImport.map.changed')}
              </Tag>
            ) : field ? (
              <Tag color="green">{t('memberImport.map.auto')}</Tag>
            ) : null}
          </Flex>
        );
      },
    },
  ];

  return (
    <Flex vertical gap={20}>
      <Card>
        <Row gutter={[32, 16]} align="top">
          <Col xs={24} lg={8}>
            <div className="scd-import-label">{t('memberImport.map.file')}</div>
            <Flex gap={10} align="center">
              <FileExcelOutlined className="scd-import-file-icon" aria-hidden />
              <span className="scd-import-file" data-testid="import-file-name">
                {chosen.fileName}
              </span>
            </Flex>
            <Button
              type="link"
              size="small"
              style={{ paddingInline: 0, marginTop: 4 }}
              loading={props.choosing}
              onClick={props.onChooseOther}
            >
              {t('memberImport.map.chooseOther')}
            </Button>
          </Col>
          <Col xs={24} lg={8}>
            <label className="scd-import-label" htmlFor="import-header-row">
              {t('memberImport.map.headerRow')}
            </label>
            <InputNumber
              id="import-header-row"
              min={1}
              max={100000}
              precision={0}
              value={props.headerRow}
              onChange={(value) => props.onHeaderRowChange(typeof value === 'number' ? value : null)}
              aria-describedby="import-header-row-help"
              status={props.headerRow === null ? 'warning' : undefined}
              style={{ width: 120 }}
            />
            <div id="import-header-row-help" className="scd-import-help">
              {chosen.headerRow === null
                ? t('memberImport.map.headerNotFound')
                : props.headerRow === chosen.headerRow
                  ? t('memberImport.map.headerRowFound', { row: chosen.headerRow })
                  : t('memberImport.map.headerRowChanged', { row: chosen.headerRow })}
            </div>
          </Col>
          <Col xs={24} lg={8}>
            <LiveCheck report={error ? undefined : report} checking={checking} />
          </Col>
        </Row>
      </Card>

      {error && (
        <Alert
          type="error"
          showIcon
          title={t('memberImport.map.previewFailed')}
          description={error.issues.length > 0 ? error.issues.map((i) => i.message).join(' ') : error.message}
          data-testid="import-mapping-error"
        />
      )}
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="import-missing"
          title={t('memberImport.map.missingTitle', { fields: missing.map((f) => label(f)).join(', ') })}
          description={t('memberImport.map.missingHelp')}
        />
      )}

      <Card title={t('memberImport.map.tableTitle')} styles={{ body: { padding: 0 } }}>
        <Typography.Paragraph type="secondary" className="scd-import-intro">
          {t('memberImport.map.intro')}
        </Typography.Paragraph>
        <Table<Column>
          className="scd-import-mapping"
          rowKey="index"
          size="middle"
          columns={columns}
          dataSource={chosen.columns}
          pagination={false}
          rowClassName={(c) => (mapping[c.index] ? '' : 'scd-import-ignored')}
        />
      </Card>

      <Flex justify="flex-end" gap={12} className="scd-import-footer">
        <Button
          type="primary"
          size="large"
          icon={<ArrowRightOutlined />}
          iconPlacement="end"
          disabled={!canContinue}
          onClick={props.onNext}
        >
          {t('memberImport.map.next')}
        </Button>
      </Flex>
    </Flex>
  );
}

/** The fields in the register's order, for the "Thông tin khác" group. */
const labelsOrder: Record<ImportField, true> = {
  fullName: true,
  familyMiddleName: true,
  givenName: true,
  dateOfBirth: true,
  gender: true,
  genderMale: true,
  genderFemale: true,
  groupName: true,
  joinedOn: true,
  enteredOn: true,
  cccd: true,
  phone: true,
  email: true,
  ethnicity: true,
  religion: true,
  education: true,
  jobTitle: true,
  unionPosition: true,
  memberCode: true,
  cardNumber: true,
  cardIssuedOn: true,
  cardType: true,
  cardStatus: true,
  partyMember: true,
  partyJoinedOn: true,
  insuranceSalary: true,
  notes: true,
  status: true,
};

/** What the current mapping gives, checked again after every change. */
function LiveCheck({ report, checking }: { report: ImportReport | undefined; checking: boolean }) {
  const { t } = useTranslation();
  const figures = report
    ? [
        { key: 'rows', label: t('memberImport.check.rows'), value: report.counts.rows },
        { key: 'valid', label: t('memberImport.check.valid'), value: report.counts.valid },
        { key: 'errors', label: t('memberImport.check.errors'), value: report.counts.errors },
      ]
    : [];
  return (
    <div aria-live="polite" data-testid="import-live-check">
      <div className="scd-import-label">
        {t('memberImport.map.liveTitle')}
        {checking && (
          <span className="scd-import-checking">
            <LoadingOutlined aria-hidden /> {t('memberImport.map.checking')}
          </span>
        )}
      </div>
      <Flex gap={24}>
        {figures.map((f) => (
          <div key={f.key} className={`scd-import-mini scd-import-mini-${f.key}`} data-testid={`live-${f.key}`}>
            <span className="scd-import-mini-value">{formatNumber(f.value)}</span>
            <span className="scd-import-mini-label">{f.label}</span>
          </div>
        ))}
      </Flex>
      {report && report.newGroups.length > 0 && (
        <div className="scd-import-live-groups" data-testid="import-live-groups">
          {t('memberImport.map.newGroups', { names: report.newGroups.join(', ') })}
        </div>
      )}
    </div>
  );
}
