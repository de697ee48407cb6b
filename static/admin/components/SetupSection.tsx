import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { setupSucceeded, type SetupReport } from '../../../src/domain/setup/setup-report';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { TextField } from '../../shared/components/TextField';
import { useLanguage, useT } from '../../shared/i18n/i18n-context';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { toUiError, type UiError } from '../../shared/ui-error';
import { SetupReportList } from './SetupReportList';

const PROJECT_KEY = /^[A-Z][A-Z0-9_]{1,9}$/;

// The one check on what the resolver sends: an answer without a report means there is none yet.
const isReport = (value: SetupReport | null | undefined): value is SetupReport => typeof value === 'object' && value !== null;
/** While a run goes, its report is read back this often, so each step shows as soon as it is done. */
export const POLL_MS = 1_000;

/** Set up project: a project key, the button, and the report of the last (or current) run. */
export const SetupSection = () => {
  const t = useT();
  const { language } = useLanguage();
  const host = useSurfaceHost();
  const headingId = useId();
  const [projectKey, setProjectKey] = useState('');
  const [invalidKey, setInvalidKey] = useState(false);
  const [report, setReport] = useState<SetupReport | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const poll = useRef<ReturnType<typeof setInterval> | null>(null);

  const readStatus = (onReport: (r: SetupReport | null) => void) => {
    host.call('project/setup-status', {}).then(
      (answer) => {
        onReport(isReport(answer.report) ? answer.report : null);
      },
      (e: unknown) => {
        setError(toUiError(e));
      },
    );
  };
  const stopPolling = () => {
    if (poll.current !== null) clearInterval(poll.current);
    poll.current = null;
  };

  useEffect(() => {
    readStatus((last) => {
      setReport(last);
      if (last !== null) setProjectKey((current) => (current === '' ? last.projectKey : current));
    });
    return stopPolling;
    // Once, on mount: the host stays the same for the surface's life.
  }, []);

  /** Shows a report of this run; once it is finished, the run is over. */
  const show = (key: string, current: SetupReport | null) => {
    if (current === null || current.projectKey !== key) return;
    setReport(current);
    if (current.finishedAt !== null) {
      stopPolling();
      setRunning(false);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const key = projectKey.trim().toUpperCase();
    if (!PROJECT_KEY.test(key)) {
      setInvalidKey(true);
      return;
    }
    setInvalidKey(false);
    setError(null);
    setRunning(true);
    setReport({ projectKey: key, startedAt: Date.now(), finishedAt: null, steps: [] });
    // The run goes on the app's queue: its report is read back until it says the run finished.
    poll.current = setInterval(() => {
      readStatus((current) => {
        show(key, current);
      });
    }, POLL_MS);
    host.call('project/set-up', { projectKey: key }).then(
      (answer) => {
        show(key, answer.report);
      },
      (e: unknown) => {
        stopPolling();
        setRunning(false);
        setError(toUiError(e));
        // What the run got done before the error still shows.
        readStatus((current) => {
          setReport(current !== null && current.projectKey === key ? current : null);
        });
      },
    );
  };

  const finished = report !== null && report.finishedAt !== null;
  return (
    <Stack space="space.200">
      <form onSubmit={onSubmit} noValidate>
        <Stack space="space.150">
          <TextField
            name="projectKey"
            label={t('admin.setup.projectKey.label')}
            hint={t('admin.setup.projectKey.hint')}
            error={invalidKey ? t('admin.setup.projectKey.invalid') : undefined}
            value={projectKey}
            onChange={setProjectKey}
            required
          />
          <Inline>
            <Button type="submit" appearance="primary" isDisabled={running}>
              {t('admin.setup.run')}
            </Button>
          </Inline>
        </Stack>
      </form>
      {error !== null && <ErrorMessage error={error} />}
      {report !== null && (
        <Box aria-live="polite" aria-busy={running}>
          <Stack space="space.100">
            <Heading size="xsmall" as="h3" id={headingId}>
              {t('admin.setup.steps')}
            </Heading>
            <Text as="p">
              {running
                ? t('admin.setup.running', { project: report.projectKey })
                : t('admin.setup.lastRun', { project: report.projectKey, time: new Date(report.startedAt).toLocaleString(language) })}
            </Text>
            {report.refusal !== undefined && <Text as="p">{t('admin.setup.refused', { reason: report.refusal })}</Text>}
            <SetupReportList report={report} running={running} headingId={headingId} />
            {finished && report.refusal === undefined && <Text as="p">{t(setupSucceeded(report) ? 'admin.setup.complete' : 'admin.setup.incomplete')}</Text>}
          </Stack>
        </Box>
      )}
    </Stack>
  );
};
