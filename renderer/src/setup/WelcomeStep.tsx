import type { ReactNode } from 'react';
import { DatabaseOutlined, FolderOpenOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDataFile } from '../app/useDataFile';
import { useApiMutation } from '../lib/api';
import { busy } from '../lib/busy';

interface WelcomeStepProps {
  dataFileName: string;
  onOwnBranch: () => void;
  onDemo: (notice: string) => void;
}

export function WelcomeStep({ dataFileName, onOwnBranch, onDemo }: WelcomeStepProps) {
  const { t } = useTranslation();
  const demo = useApiMutation('workspace.createDemo', {
    onSuccess: (created) => onDemo(t('setup.demo.created', created)),
  });
  const openOther = useDataFile('open');
  return (
    <Flex vertical gap={20}>
      <div>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('setup.welcome.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('setup.welcome.text')}</Typography.Text>
      </div>
      <Row gutter={[16, 16]} align="stretch">
        <Col xs={24} md={12}>
          <Choice
            primary
            autoFocus
            icon={<FormOutlined />}
            title={t('setup.own.title')}
            text={t('setup.own.text')}
            onClick={onOwnBranch}
          />
        </Col>
        <Col xs={24} md={12}>
          <Choice
            icon={<DatabaseOutlined />}
            title={t('setup.demo.title')}
            text={t('setup.demo.text')}
            loading={busy(demo.isPending)}
            // The spinner waits a moment (busy), so a quick second click must not start a second demo.
            onClick={() => !demo.isPending && demo.mutate()}
          />
        </Col>
      </Row>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Button
          type="link"
          icon={<FolderOpenOutlined />}
          loading={busy(openOther.isPending)}
          onClick={() => openOther.mutate()}
          style={{ paddingInline: 0 }}
        >
          {t('setup.openOther')}
        </Button>
        <Typography.Text type="secondary" data-testid="setup-data-file">
          {t('setup.dataFile', { name: dataFileName })}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}

interface ChoiceProps {
  icon: ReactNode;
  title: string;
  text: string;
  onClick: () => void;
  primary?: boolean;
  autoFocus?: boolean;
  loading?: ReturnType<typeof busy>;
}

/** A big button: one of the two ways to start. */
function Choice({ icon, title, text, onClick, primary, autoFocus, loading }: ChoiceProps) {
  return (
    <Button
      block
      className="scd-choice"
      color={primary ? 'primary' : 'default'}
      variant="outlined"
      autoFocus={autoFocus}
      loading={loading}
      icon={<span className="scd-choice-icon">{icon}</span>}
      onClick={onClick}
    >
      <span>
        <span className="scd-choice-title">{title}</span>
        <span className="scd-choice-text">{text}</span>
      </span>
    </Button>
  );
}
