import { Stack } from '@atlaskit/primitives/compiled';
import { useT } from '../../shared/i18n/i18n-context';
import { numberOrText } from '../settings-draft';
import { useSettingsForm } from '../settings-form-context';
import { ParsedTextField } from './ParsedTextField';

/** How the dashboard counts repeat complaints, and how long a closed complaint keeps its history in the app. */
export const RecordsFields = () => {
  const t = useT();
  const { draft, update, problem } = useSettingsForm();
  return (
    <Stack space="space.150">
      <ParsedTextField
        label={t('admin.records.repeatWindowDays')}
        hint={t('admin.records.repeatWindowDays.hint')}
        initial={String(draft.repeatWindowDays)}
        parse={numberOrText}
        inputMode="numeric"
        onChange={(repeatWindowDays) => {
          update((d) => ({ ...d, repeatWindowDays }));
        }}
        error={problem('repeatWindowDays', 'admin.invalid.repeatWindowDays')}
        required
      />
      <ParsedTextField
        label={t('admin.records.retentionMonths')}
        hint={t('admin.records.retentionMonths.hint')}
        initial={String(draft.retentionMonths)}
        parse={numberOrText}
        inputMode="numeric"
        onChange={(retentionMonths) => {
          update((d) => ({ ...d, retentionMonths }));
        }}
        error={problem('retentionMonths', 'admin.invalid.retentionMonths')}
        required
      />
    </Stack>
  );
};
