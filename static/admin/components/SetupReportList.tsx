import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { SETUP_STEPS, type SetupReport } from '../../../src/domain/setup/setup-report';
import { useT } from '../../shared/i18n/i18n-context';
import { ENTITY_LABELS, OUTCOME_LABELS, STEP_LABELS, type StepState } from '../setup-labels';

const COLORS: Readonly<Record<StepState, 'color.text.success' | 'color.text.danger' | 'color.text.subtle' | 'color.text'>> = {
  created: 'color.text.success',
  'already-present': 'color.text',
  updated: 'color.text.success',
  failed: 'color.text.danger',
  pending: 'color.text.subtle',
  running: 'color.text.subtle',
};

/** Every step of Set up project with its outcome and what it changed; steps not reached yet say so. */
export const SetupReportList = ({ report, running, headingId }: { report: SetupReport; running: boolean; headingId: string }) => {
  const t = useT();
  return (
    <ol aria-labelledby={headingId}>
      {SETUP_STEPS.map((step, index) => {
        const done = report.steps.find((s) => s.step === step);
        const state: StepState = done?.outcome ?? (running && index === report.steps.length ? 'running' : 'pending');
        return (
          <li key={step} data-step={step} data-outcome={state}>
            <Stack space="space.050">
              <Text weight="medium">{t(STEP_LABELS[step])}</Text>
              <Text color={COLORS[state]}>{t(OUTCOME_LABELS[state], { reason: done?.reason ?? '' })}</Text>
              {done !== undefined && done.changes.length > 0 && (
                <Box>
                  <ul>
                    {done.changes.map((change, i) => (
                      <li key={`${change.entity}-${change.name}-${String(i)}`}>
                        <Text size="small">{t(`admin.setup.change.${change.action}`, { entity: t(ENTITY_LABELS[change.entity]), name: change.name })}</Text>
                      </li>
                    ))}
                  </ul>
                </Box>
              )}
              {done?.manual?.map((todo) => (
                <Text key={todo} as="p" data-manual={todo}>
                  {t(`admin.setup.manual.${todo}`)}
                </Text>
              ))}
            </Stack>
          </li>
        );
      })}
    </ol>
  );
};
