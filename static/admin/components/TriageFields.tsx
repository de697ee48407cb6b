import { Stack } from '@atlaskit/primitives/compiled';
import type { AppConfig } from '../../../src/contracts/resolver-contracts';
import { CheckboxField } from '../../shared/components/CheckboxField';
import { useT } from '../../shared/i18n/i18n-context';
import { wholePercent } from '../../shared/percent';
import { shareOfPercent } from '../settings-draft';
import { useSettingsForm } from '../settings-form-context';
import { ParsedTextField } from './ParsedTextField';

/** Whether a confident triage suggestion routes a complaint by itself, and from what confidence, typed as a percentage. */
export const TriageFields = () => {
  const t = useT();
  const { draft, update, problem } = useSettingsForm();
  const setTriage = (change: Partial<AppConfig['triage']>) => {
    update((d) => ({ ...d, triage: { ...d.triage, ...change } }));
  };
  return (
    <Stack space="space.150">
      <CheckboxField
        label={t('admin.triage.autoRoute')}
        hint={t('admin.triage.autoRoute.hint')}
        checked={draft.triage.autoRoute}
        onChange={(autoRoute) => {
          setTriage({ autoRoute });
        }}
      />
      <ParsedTextField
        label={t('admin.triage.threshold')}
        hint={t('admin.triage.threshold.hint')}
        initial={String(wholePercent(draft.triage.threshold))}
        parse={shareOfPercent}
        inputMode="numeric"
        onChange={(threshold) => {
          setTriage({ threshold });
        }}
        error={problem('triage.threshold', 'admin.invalid.threshold')}
        required
      />
    </Stack>
  );
};
