import { FilePdfOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Radio, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage, type Language } from '../i18n';
import { apiKey, useApiMutation, useApiQuery } from '../lib/api';
import { Page } from '../lib/Page';
import { LoadError, Loading } from '../lib/Status';
import { BranchForm } from './BranchForm';
import { RulesCard } from '../rules/RulesCard';
import { busy } from '../lib/busy';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('settings.title')} subtitle={t('settings.subtitle')}>
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={14}>
          <BranchCard />
        </Col>
        <Col xs={24} xl={10}>
          <Row gutter={[20, 20]}>
            <Col span={24}>
              <SampleDocumentCard />
            </Col>
            <Col span={24}>
              <LanguageCard />
            </Col>
            <Col span={24}>
              <DataFileCard />
            </Col>
          </Row>
        </Col>
        <Col span={24}>
          <RulesCard />
        </Col>
      </Row>
    </Page>
  );
}

function BranchCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const settings = useApiQuery('settings.get');
  return (
    <Card title={t('settings.branch.title')}>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <LoadError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <BranchForm
          initialValues={settings.data ?? undefined}
          submitLabel={t('settings.branch.save')}
          onSaved={(saved) => {
            queryClient.setQueryData(apiKey('settings.get'), saved);
            void message.success(t('settings.branch.saved'));
          }}
        />
      )}
    </Card>
  );
}

function SampleDocumentCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const preview = useApiMutation('settings.previewSampleDocument', {
    onSuccess: () => void message.success(t('settings.sample.opened')),
  });
  return (
    <Card title={t('settings.sample.title')}>
      <Typography.Paragraph type="secondary">{t('settings.sample.text')}</Typography.Paragraph>
      <Button icon={<FilePdfOutlined />} loading={busy(preview.isPending)} onClick={() => preview.mutate()}>
        {t('settings.sample.button')}
      </Button>
    </Card>
  );
}

function LanguageCard() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <Card title={t('settings.language.title')}>
      <Radio.Group
        value={language}
        onChange={(e) => setLanguage(e.target.value as Language)}
        optionType="button"
        buttonStyle="solid"
        options={[
          { value: 'vi', label: t('settings.language.vi') },
          { value: 'en', label: t('settings.language.en') },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
        {t('settings.language.text')}
      </Typography.Paragraph>
    </Card>
  );
}

function DataFileCard() {
  const { t } = useTranslation();
  const info = useApiQuery('workspace.info');
  if (!info.data) return null;
  return (
    <Card title={t('settings.file.title')}>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'name', label: t('settings.file.name'), children: info.data.dataFileName },
          { key: 'app', label: t('settings.file.appVersion'), children: info.data.appVersion },
          { key: 'schema', label: t('settings.file.schemaVersion'), children: info.data.schemaVersion },
        ]}
      />
    </Card>
  );
}
