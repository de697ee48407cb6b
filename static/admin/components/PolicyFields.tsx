import { Stack } from '@atlaskit/primitives/compiled';
import type { AppConfig } from '../../../src/contracts/resolver-contracts';
import { fieldStyle, invalidFieldStyle } from '../../shared/components/field-style';
import { FormField } from '../../shared/components/FormField';
import { TextField } from '../../shared/components/TextField';
import { useT } from '../../shared/i18n/i18n-context';
import type { MessageKey } from '../../shared/i18n/translate';
import { numberOrText } from '../settings-draft';
import { useSettingsForm } from '../settings-form-context';
import { ParsedTextField } from './ParsedTextField';

type Policy = AppConfig['policy'];
type Stage = 'registered' | 'inProgress' | 'measuresDone';

const PRESETS = ['none', 'fca', 'cfpb', 'custom'] as const;

/** The policy's numbers of business days, in the order a complaint meets them. */
const DAY_FIELDS: readonly { readonly stage: Stage; readonly key: string; readonly label: MessageKey }[] = [
  { stage: 'registered', key: 'dueBusinessDays', label: 'admin.policy.registered.due' },
  { stage: 'registered', key: 'escalateAfterBusinessDays', label: 'admin.policy.registered.escalate' },
  { stage: 'inProgress', key: 'remindBeforeBusinessDays', label: 'admin.policy.inProgress.remind' },
  { stage: 'inProgress', key: 'escalateAfterBusinessDays', label: 'admin.policy.inProgress.escalate' },
  { stage: 'measuresDone', key: 'dueBusinessDays', label: 'admin.policy.measuresDone.due' },
  { stage: 'measuresDone', key: 'escalateAfterBusinessDays', label: 'admin.policy.measuresDone.escalate' },
];

/** The reminder policy with its regulatory preset, and the currency compensation is counted in. */
export const PolicyFields = () => {
  const t = useT();
  const { draft, update, problem } = useSettingsForm();
  const { policy } = draft;
  const setPolicy = (change: (p: Policy) => Policy) => {
    update((d) => ({ ...d, policy: change(d.policy) }));
  };
  const setOverall = (change: Partial<Policy['overall']>) => {
    setPolicy((p) => ({ ...p, overall: { ...p.overall, ...change } }));
  };
  const presetError = problem('policy.overall.preset', 'admin.invalid.preset');
  return (
    <Stack space="space.150">
      <FormField label={t('admin.policy.preset')} hint={t('admin.policy.preset.hint')} error={presetError}>
        {(ids) => (
          <select
            id={ids.id}
            value={policy.overall.preset}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid || undefined}
            style={ids.invalid ? invalidFieldStyle : fieldStyle}
            onChange={(event) => {
              setOverall({ preset: event.target.value as Policy['overall']['preset'] });
            }}
          >
            {PRESETS.map((preset) => (
              <option key={preset} value={preset}>
                {t(`admin.policy.preset.${preset}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {policy.overall.preset === 'custom' && (
        <ParsedTextField
          label={t('admin.policy.customDays')}
          initial={policy.overall.customFinalResponseDays === undefined ? '' : String(policy.overall.customFinalResponseDays)}
          parse={numberOrText}
          inputMode="numeric"
          onChange={(customFinalResponseDays) => {
            setOverall({ customFinalResponseDays });
          }}
          error={problem('policy.overall.customFinalResponseDays', 'admin.invalid.finalDays')}
        />
      )}
      <ParsedTextField
        label={t('admin.policy.escalateAtShare')}
        hint={t('admin.policy.escalateAtShare.hint')}
        initial={String(policy.overall.escalateAtShare)}
        parse={numberOrText}
        inputMode="decimal"
        onChange={(escalateAtShare) => {
          setOverall({ escalateAtShare });
        }}
        error={problem('policy.overall.escalateAtShare', 'admin.invalid.share')}
      />
      {DAY_FIELDS.map(({ stage, key, label }) => (
        <ParsedTextField
          key={`${stage}.${key}`}
          label={t(label)}
          initial={String((policy[stage] as Readonly<Record<string, number>>)[key])}
          parse={numberOrText}
          inputMode="numeric"
          onChange={(days) => {
            setPolicy((p) => ({ ...p, [stage]: { ...p[stage], [key]: days } }));
          }}
          error={problem(`policy.${stage}.${key}`, 'admin.invalid.days')}
        />
      ))}
      <TextField
        label={t('admin.policy.currency')}
        hint={t('admin.policy.currency.hint')}
        value={draft.currency}
        onChange={(currency) => {
          update((d) => ({ ...d, currency: currency.trim().toUpperCase() }));
        }}
        error={problem('currency', 'admin.invalid.currency')}
        required
      />
    </Stack>
  );
};
