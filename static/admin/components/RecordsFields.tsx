import { Stack } from '@atlaskit/primitives/compiled';
import { useT } from '../../shared/i18n/i18n-context';
import { numberOrText } from '../settings-draft';
import { useSettingsForm } from '../settings-form-context';
import { ParsedTextField } from './ParsedTextField';

/** Whole numbers of the configuration, each with its label, hint and error named after it. */
const FIELDS = ['repeatWindowDays', 'retentionMonths', 'sendsPerMinute'] as const;

/** How the dashboard counts repeat complaints, how long a closed complaint keeps its history in the app, and how fast the app sends messages. */
export const RecordsFields = () => {
  const t = useT();
  const { draft, update, problem } = useSettingsForm();
  return (
    <Stack space="space.150">
      {FIELDS.map((field) => (
        <ParsedTextField
          key={field}
          label={t(`admin.records.${field}`)}
          hint={t(`admin.records.${field}.hint`)}
          initial={String(draft[field])}
          parse={numberOrText}
          inputMode="numeric"
          onChange={(value) => {
            update((d) => ({ ...d, [field]: value }));
          }}
          error={problem(field, `admin.invalid.${field}`)}
          required
        />
      ))}
    </Stack>
  );
};
