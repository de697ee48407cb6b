import { Stack } from '@atlaskit/primitives/compiled';
import { TextField } from '../../shared/components/TextField';
import { useT } from '../../shared/i18n/i18n-context';
import { useSettingsForm } from '../settings-form-context';

/** The advocate and manager groups, by their Jira names. */
export const GroupsFields = () => {
  const t = useT();
  const { draft, update, problem } = useSettingsForm();
  const field = (role: 'advocate' | 'manager') => (
    <TextField
      label={t(`admin.groups.${role}`)}
      value={draft.groups[role]}
      onChange={(name) => {
        update((d) => ({ ...d, groups: { ...d.groups, [role]: name } }));
      }}
      error={problem(`groups.${role}`, 'admin.invalid.group')}
      required
    />
  );
  return (
    <Stack space="space.150">
      {field('advocate')}
      {field('manager')}
    </Stack>
  );
};
