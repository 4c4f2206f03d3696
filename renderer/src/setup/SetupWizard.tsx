import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { WorkspaceInfo } from '../../../main/workspace/contract';
import { BranchForm } from '../settings/BranchForm';
import { WelcomeStep } from './WelcomeStep';

type Step = 'start' | 'branch';

/** "Thiết lập ban đầu": shown while the open file has no branch yet. */
export function SetupWizard({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('start');
  const finish = useFinishSetup();
  return (
    <main className="scd-setup">
      <div className="scd-setup-card">
        <div className="scd-setup-brand">
          <img src="./icon.svg" alt="" />
          <div>
            <div className="scd-setup-brand-name">{t('app.name')}</div>
            <div className="scd-setup-brand-sub">{t('setup.title')}</div>
          </div>
        </div>
        <Card>
          <Steps
            current={step === 'start' ? 0 : 1}
            size="small"
            style={{ marginBottom: 28 }}
            items={[{ title: t('setup.steps.start') }, { title: t('setup.steps.branch') }]}
          />
          {step === 'start' ? (
            <WelcomeStep dataFileName={info.dataFileName} onOwnBranch={() => setStep('branch')} onDemo={finish} />
          ) : (
            <>
              <Typography.Title level={4} style={{ marginTop: 0 }}>
                {t('setup.formTitle')}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{t('setup.formIntro')}</Typography.Paragraph>
              <BranchForm
                autoFocus
                submitLabel={t('setup.finish')}
                onSaved={() => finish(t('setup.saved'))}
                secondaryAction={<Button onClick={() => setStep('start')}>{t('setup.back')}</Button>}
              />
            </>
          )}
        </Card>
      </div>
    </main>
  );
}

/** The file now has a branch: everything cached about it is out of date, Shell switches over. */
function useFinishSetup(): (notice: string) => void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  return (notice) => {
    void navigate('/');
    void queryClient.invalidateQueries();
    void message.success(notice);
  };
}
