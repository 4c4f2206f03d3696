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
import { Alert, App, Button, Card, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { type Chosen, type EffectiveReport, type ImportAction, type ImportReport, type Mapping } from './model';
import { DuplicatesTable, IssuesTable, PreviewTable, SkippedTable } from './ReportTables';

interface ReportStepProps {
  chosen: Chosen;
  mapping: Mapping;
  report: ImportReport;
  effective: EffectiveReport;
  onActionChange: (row: number, action: ImportAction) => void;
  checking: boolean;
  committing: boolean;
  onBack: () => void;
  onChooseOther: () => void;
  /** Resolves when the job has started (or failed to). */
  onCommit: () => Promise<void>;
}

export function ReportStep(props: ReportStepProps) {
  const { chosen, mapping, report, effective, checking } = props;
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { counts } = effective;
  const toWrite = counts.create + counts.update;
  const nameOf = new Map(report.rows.map((r) => [r.row, r.values.fullName]));
  // Errors and notes read alike: row, name, column and field, then what to do.
  const issuesSection = (
    testId: string,
    issues: ImportReport['errors'],
    text: { title: string; messageTitle: string; help?: string; tone?: 'bad' },
  ) =>
    issues.length > 0 && (
      <Section testId={testId} title={text.title} count={issues.length} help={text.help} tone={text.tone}>
        <IssuesTable
          issues={issues}
          messageTitle={text.messageTitle}
          nameOf={nameOf}
          chosen={chosen}
          mapping={mapping}
        />
      </Section>
    );

  const confirm = () => {
    const lines = [
      counts.create > 0 && t('memberImport.confirm.create', { n: formatNumber(counts.create), count: counts.create }),
      counts.update > 0 && t('memberImport.confirm.update', { n: formatNumber(counts.update), count: counts.update }),
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

      {issuesSection('import-errors', report.errors, {
        title: t('memberImport.check.errorsTitle'),
        messageTitle: t('memberImport.check.message'),
        tone: 'bad',
      })}

      {report.duplicates.length > 0 && (
        <Section
          testId="import-duplicates"
          title={t('memberImport.check.duplicatesTitle')}
          count={report.duplicates.length}
          help={t('memberImport.check.duplicatesHelp')}
        >
          <DuplicatesTable
            duplicates={report.duplicates}
            nameOf={nameOf}
            effective={effective}
            onActionChange={props.onActionChange}
          />
        </Section>
      )}

      {issuesSection('import-notes', report.notes, {
        title: t('memberImport.check.notesTitle'),
        messageTitle: t('memberImport.check.note'),
        help: t('memberImport.check.notesHelp'),
      })}

      {effective.skipped.length > 0 && (
        <Section
          testId="import-skipped"
          title={t('memberImport.check.skippedTitle')}
          count={effective.skipped.length}
          help={t('memberImport.check.skippedHelp')}
        >
          <SkippedTable skipped={effective.skipped} />
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
        <PreviewTable rows={report.rows} effective={effective} />
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
              : t('memberImport.check.import', { n: formatNumber(toWrite), count: toWrite })}
          </Button>
        </Flex>
      </Flex>
    </Flex>
  );
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
