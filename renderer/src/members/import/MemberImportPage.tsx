/**
 * "Nhập danh sách đoàn viên từ Excel": choose the file (main reads it and keeps it behind a
 * token), map its columns, read the report, then commit as a job that can be cancelled.
 */
import { useEffect, useRef, useState } from 'react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ApiError } from '../../../../main/ipc/errors';
import { apiKey, callApi, useApiMutation } from '../../lib/api';
import { Page } from '../../lib/Page';
import { LoadError, Loading } from '../../lib/Status';
import { useDebounced } from '../../lib/useDebounced';
import { useKeptState } from '../../lib/useKeptState';
import { ChooseStep } from './ChooseStep';
import { watchImport } from './importJob';
import { CommitStep } from './CommitStep';
import { MappingStep } from './MappingStep';
import { ReportStep } from './ReportStep';
import {
  applyActions,
  initialMapping,
  choicesStillValid,
  toRequestMapping,
  type Actions,
  type Chosen,
  type ImportField,
  type ImportReport,
  type Mapping,
  type PreviewRequest,
} from './model';
import './import.css';

type Step = 0 | 1 | 2 | 3;
type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/**
 * The wizard's place (file, mapping, choices, job) is kept while the chair looks at other
 * pages, so coming back continues where it was, the way back to the report included.
 */
export function MemberImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [step, setStep] = useKeptState<Step>('memberImport.step', 0);
  const [chosen, setChosen] = useKeptState<Chosen | null>('memberImport.chosen', null);
  const [mapping, setMapping] = useKeptState<Mapping>('memberImport.mapping', {});
  const [headerRowInput, setHeaderRowInput] = useKeptState<number | null>('memberImport.headerRowInput', null);
  // The header row the columns on screen (chosen.columns) were read from.
  const [layoutRow, setLayoutRow] = useKeptState<number | null>('memberImport.layoutRow', null);
  const [layoutError, setLayoutError] = useState<ApiError | null>(null);
  const [actions, setActions] = useKeptState<Actions>('memberImport.actions', {});
  const [jobId, setJobId] = useKeptState<string | null>('memberImport.jobId', null);
  const [jobState, setJobState] = useKeptState<JobState>('memberImport.jobState', 'running');

  // Typing "12" into the header row box should check row 12, not row 1 then row 12.
  const headerRow = useDebounced(headerRowInput, 400);

  // Another header row means other headings, samples and guesses: read them before the preview,
  // which must map the columns of that row. An empty box means the detected row. Only a settled
  // value counts: just after a file is chosen the debounced one is still the previous file's.
  const settled = headerRow === headerRowInput;
  const wantedRow = headerRow ?? chosen?.headerRow ?? null;
  const token = chosen?.token;
  useEffect(() => {
    if (!token || !settled || wantedRow === layoutRow) return;
    let current = true;
    void callApi('members.importLayout', { token, headerRow: wantedRow }).then(
      (layout) => {
        if (!current) return;
        setChosen((c) => c && { ...c, columns: layout.columns, sampleRows: layout.sampleRows });
        setMapping(initialMapping(layout));
        setLayoutRow(wantedRow);
        setLayoutError(null);
      },
      (err: ApiError) => {
        if (current) setLayoutError(err);
      },
    );
    return () => {
      current = false;
    };
  }, [token, settled, wantedRow, layoutRow, setChosen, setMapping, setLayoutRow]);

  const request: PreviewRequest | undefined =
    chosen && wantedRow === layoutRow
      ? {
          token: chosen.token,
          mapping: toRequestMapping(chosen, mapping),
          ...(wantedRow !== null && wantedRow !== chosen.headerRow ? { headerRow: wantedRow } : {}),
          // The chair's choices are checked too: a row switched to "update" can fail only then.
          ...(Object.keys(actions).length > 0 ? { actions } : {}),
        }
      : undefined;
  const preview = useQuery<ImportReport, ApiError>({
    queryKey: apiKey('members.importPreview', request),
    queryFn: () => callApi('members.importPreview', request),
    enabled: request !== undefined,
    // Back on the page after fixing something elsewhere, the chair gets the report checked again.
    refetchOnMount: 'always',
    // The last report stays on screen while a changed mapping is checked, but never another file's.
    placeholderData: (previous, previousQuery) =>
      (previousQuery?.queryKey[1] as PreviewRequest | undefined)?.token === chosen?.token
        ? keepPreviousData(previous)
        : undefined,
  });
  const checking = preview.isFetching || !settled || wantedRow !== layoutRow;

  // A choice for a row the current report no longer offers it for is dropped (and the report
  // checked again without it), so nothing is skipped or updated by a choice the chair cannot see.
  const report = preview.isPlaceholderData ? undefined : preview.data;
  useEffect(() => {
    if (!report) return;
    const valid = choicesStillValid(report, actions);
    if (valid !== actions) setActions(valid);
  }, [report, actions, setActions]);

  const choose = useApiMutation('members.importChoose', {
    onSuccess: (result) => {
      if (result.cancelled) return;
      setChosen(result);
      setMapping(initialMapping(result));
      setHeaderRowInput(result.headerRow);
      setLayoutRow(result.headerRow);
      setLayoutError(null);
      setActions({});
      setJobId(null);
      setStep(1);
    },
  });

  const commit = useApiMutation('members.importCommit', {
    onSuccess: ({ jobId: id }) => {
      watchImport(id);
      setJobId(id);
      setJobState('running');
      setStep(3);
    },
  });

  const changeMapping = (index: number, field: ImportField | null) => {
    setMapping((current) => {
      const next = { ...current, [index]: field };
      // One column per field: the column that had it gives it up.
      if (field) {
        for (const [other, f] of Object.entries(current))
          if (Number(other) !== index && f === field) next[Number(other)] = null;
      }
      return next;
    });
  };

  const changeHeaderRow = (row: number | null) => {
    setHeaderRowInput(row);
    setActions({});
  };

  // After a step change, focus moves to the new step so the keyboard continues from there, and
  // the page shows it from the top: the chair left the last step at its button, at the bottom,
  // and the report's summary would be out of sight.
  const stepRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    stepRef.current?.closest('.scd-main')?.scrollTo({ top: 0 });
    if (!stepRef.current?.contains(document.activeElement)) stepRef.current?.focus({ preventScroll: true });
  }, [step]);

  const stepItems = [
    { title: t('memberImport.steps.choose'), content: t('memberImport.steps.chooseHint') },
    { title: t('memberImport.steps.map'), content: t('memberImport.steps.mapHint') },
    { title: t('memberImport.steps.check'), content: t('memberImport.steps.checkHint') },
    { title: t('memberImport.steps.commit'), content: t('memberImport.steps.commitHint') },
  ].map((item, index) => ({ ...item, disabled: step === 3 || index >= step }));

  const effective = preview.data
    ? applyActions(preview.data, actions, t('memberImport.check.skippedByChoice'))
    : undefined;

  return (
    <Page
      title={t('memberImport.title')}
      subtitle={t('memberImport.subtitle')}
      extra={
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/members')}>
          {t('memberImport.backToRegister')}
        </Button>
      }
    >
      <Card className="scd-import-steps" styles={{ body: { padding: '18px 24px' } }}>
        <Steps
          current={step}
          status={
            step === 3 && jobState === 'done' ? 'finish' : step === 3 && jobState === 'failed' ? 'error' : 'process'
          }
          items={stepItems}
          onChange={(next) => {
            if (next < step && step !== 3) setStep(next as Step);
          }}
        />
      </Card>
      <section
        ref={stepRef}
        tabIndex={-1}
        className="scd-import-step"
        aria-label={stepItems[step]?.title}
        data-testid={`import-step-${step}`}
      >
        {step === 0 && (
          <ChooseStep
            choosing={choose.isPending}
            onChoose={() => choose.mutate()}
            current={chosen?.fileName}
            onContinue={chosen ? () => setStep(1) : undefined}
          />
        )}
        {step === 1 && chosen && (
          <MappingStep
            chosen={chosen}
            mapping={mapping}
            onMappingChange={changeMapping}
            headerRow={headerRowInput}
            onHeaderRowChange={changeHeaderRow}
            report={preview.data}
            error={layoutError ?? (preview.isError ? preview.error : null)}
            checking={checking}
            choosing={choose.isPending}
            onChooseOther={() => choose.mutate()}
            onNext={() => setStep(2)}
          />
        )}
        {step === 2 &&
          !preview.data &&
          (preview.isError ? <LoadError error={preview.error} onRetry={() => void preview.refetch()} /> : <Loading />)}
        {step === 2 && chosen && preview.data && effective && (
          <ReportStep
            chosen={chosen}
            mapping={mapping}
            report={preview.data}
            effective={effective}
            onActionChange={(row, action) => setActions((current) => ({ ...current, [row]: action }))}
            checking={checking}
            committing={commit.isPending}
            onBack={() => setStep(1)}
            onChooseOther={() => choose.mutate()}
            onCommit={() =>
              commit.mutateAsync(request!).then(
                () => undefined,
                () => undefined,
              )
            }
          />
        )}
        {step === 3 && jobId && (
          <CommitStep
            jobId={jobId}
            onSettled={setJobState}
            onBackToReport={() => {
              setJobId(null);
              setStep(2);
            }}
            onImportAnother={() => {
              setChosen(null);
              setJobId(null);
              setStep(0);
            }}
          />
        )}
      </section>
    </Page>
  );
}
