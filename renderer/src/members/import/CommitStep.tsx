import { useEffect } from 'react';
import { EditOutlined, MinusCircleOutlined, StopOutlined, TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Flex, Progress, Result, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiKey, useApiMutation } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { LoadError, Loading } from '../../lib/Status';
import { useImportJob } from './importJob';
import { readResult } from './model';

interface CommitStepProps {
  jobId: string;
  /** After a failure or a cancel: to the same report, to fix something and import again. */
  onBackToReport: () => void;
  onImportAnother: () => void;
  /** Tells the page how the job ended (the steps bar shows it). */
  onSettled: (state: 'running' | 'done' | 'failed' | 'cancelled') => void;
}

export function CommitStep({ jobId, onBackToReport, onImportAnother, onSettled }: CommitStepProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const job = useImportJob(jobId);
  const cancel = useApiMutation('jobs.cancel', {
    onSuccess: (status) => queryClient.setQueryData(apiKey('jobs.get', { id: jobId }), status),
  });
  const state = job.data?.state;

  useEffect(() => {
    if (state) onSettled(state);
  }, [state, onSettled]);

  if (job.isError) return <LoadError error={job.error} onRetry={() => void job.refetch()} />;
  if (!job.data) return <Loading />;
  const { progress, title: fileName } = job.data;

  if (job.data.state === 'running') {
    const percent = progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0;
    const stopping = cancel.isPending || cancel.isSuccess;
    return (
      <Card className="scd-import-progress-card" data-testid="import-progress">
        <Flex vertical gap={16}>
          <div>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('memberImport.commit.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('memberImport.commit.file', { file: fileName })}</Typography.Text>
          </div>
          <Progress
            percent={percent}
            status="active"
            aria-label={t('memberImport.commit.title')}
            data-testid="import-progress-bar"
          />
          <Flex justify="space-between" align="center" gap={16} wrap>
            <div aria-live="polite">
              <div className="scd-import-phase" data-testid="import-phase">
                {progress.phase || t('memberImport.commit.starting')}
              </div>
              {progress.total > 0 && (
                <Typography.Text type="secondary" data-testid="import-progress-count">
                  {t('memberImport.commit.progress', {
                    done: formatNumber(progress.done),
                    total: formatNumber(progress.total),
                    count: progress.total,
                  })}
                </Typography.Text>
              )}
            </div>
            <Button
              size="large"
              danger
              icon={<StopOutlined />}
              loading={stopping}
              onClick={() => cancel.mutate({ id: jobId })}
            >
              {stopping ? t('memberImport.commit.cancelling') : t('memberImport.commit.cancel')}
            </Button>
          </Flex>
          <Typography.Text type="secondary">{t('memberImport.commit.keepOpen')}</Typography.Text>
        </Flex>
      </Card>
    );
  }

  const toRegister = (
    <Button
      type={job.data.state === 'done' ? 'primary' : 'default'}
      size="large"
      icon={<TeamOutlined />}
      autoFocus={job.data.state === 'done'}
      onClick={() => void navigate('/members')}
    >
      {t('memberImport.commit.openRegister')}
    </Button>
  );

  if (job.data.state === 'done') {
    const result = readResult(job.data.result);
    const figures = [
      { key: 'created', icon: <UserAddOutlined />, value: result.created, note: undefined },
      { key: 'updated', icon: <EditOutlined />, value: result.updated, note: undefined },
      {
        key: 'skipped',
        icon: <MinusCircleOutlined />,
        value: result.skipped,
        note: t('memberImport.commit.skippedNote'),
      },
    ] as const;
    return (
      <Card data-testid="import-result">
        <Result
          status="success"
          title={t('memberImport.commit.doneTitle')}
          subTitle={t('memberImport.commit.doneSub', { file: fileName })}
          extra={
            <Flex vertical gap={28} align="center">
              <Row gutter={16} style={{ width: 640, maxWidth: '100%' }}>
                {figures.map((f) => (
                  <Col span={8} key={f.key}>
                    <div className="scd-import-result-figure" data-testid={`result-${f.key}`}>
                      <span className="scd-import-result-icon" aria-hidden>
                        {f.icon}
                      </span>
                      <span className="scd-import-count-value">{formatNumber(f.value)}</span>
                      <span className="scd-import-result-label">{t(`memberImport.commit.${f.key}`)}</span>
                      {f.note && <span className="scd-import-count-note">{f.note}</span>}
                    </div>
                  </Col>
                ))}
              </Row>
              <Flex gap={12}>
                {toRegister}
                <Button size="large" onClick={onImportAnother}>
                  {t('memberImport.commit.importAnother')}
                </Button>
              </Flex>
            </Flex>
          }
        />
      </Card>
    );
  }

  const cancelled = job.data.state === 'cancelled';
  return (
    <Card data-testid="import-result">
      <Result
        status={cancelled ? 'info' : 'error'}
        {...(cancelled ? { icon: <StopOutlined className="scd-import-cancelled-icon" /> } : {})}
        title={cancelled ? t('memberImport.commit.cancelledTitle') : t('memberImport.commit.failedTitle')}
        subTitle={
          cancelled
            ? t('memberImport.commit.cancelledSub')
            : t('memberImport.commit.failedSub', { error: job.data.error ?? t('errors.unknown') })
        }
        extra={
          <Flex gap={12} justify="center">
            <Button type="primary" size="large" autoFocus onClick={onBackToReport}>
              {t('memberImport.commit.backToReport')}
            </Button>
            {toRegister}
          </Flex>
        }
      />
    </Card>
  );
}
