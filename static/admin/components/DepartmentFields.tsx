import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { TextField } from '../../shared/components/TextField';
import { useT } from '../../shared/i18n/i18n-context';
import type { MessageKey } from '../../shared/i18n/translate';
import type { Department } from '../settings-draft';
import { useSettingsForm } from '../settings-form-context';
import { CheckboxField } from '../../shared/components/CheckboxField';
import { ComponentField } from './ComponentField';
import { PersonPicker } from './PersonPicker';

const ROLES: readonly { readonly role: 'leadAccountId' | 'deputyAccountId' | 'escalationManagerAccountId' | 'advocateAccountId'; readonly label: MessageKey }[] = [
  { role: 'leadAccountId', label: 'admin.department.lead' },
  { role: 'deputyAccountId', label: 'admin.department.deputy' },
  { role: 'escalationManagerAccountId', label: 'admin.department.escalationManager' },
  { role: 'advocateAccountId', label: 'admin.department.advocate' },
];

/**
 * One department's settings. Its key shows only while it is new: complaints keep the key, so it
 * never changes once saved.
 */
export const DepartmentFields = ({ index, isNew, onRemove }: { index: number; isNew: boolean; onRemove: () => void }) => {
  const t = useT();
  const { draft, update, problem, components } = useSettingsForm();
  const department = draft.departments[index];
  if (department === undefined) return null;
  const path = `departments.${String(index)}`;
  const set = (change: Partial<Department>) => {
    update((d) => ({ ...d, departments: d.departments.map((dep, i) => (i === index ? { ...dep, ...change } : dep)) }));
  };
  const title = department.name.trim() === '' ? t('admin.department.untitled') : department.name;
  const headingId = `department-${String(index)}`;
  return (
    <li aria-labelledby={headingId} data-department={department.id}>
      <Stack space="space.150">
        <Inline space="space.200" alignBlock="center" spread="space-between">
          <Heading size="xsmall" as="h3" id={headingId}>
            {title}
          </Heading>
          <Button onClick={onRemove}>{t('admin.department.remove', { name: title })}</Button>
        </Inline>
        <TextField label={t('admin.department.name')} value={department.name} onChange={(name) => { set({ name }); }} error={problem(`${path}.name`, 'admin.invalid.name')} required />
        {isNew ? (
          <TextField
            label={t('admin.department.key')}
            hint={t('admin.department.key.hint')}
            value={department.id}
            onChange={(id) => {
              set({ id });
            }}
            error={problem(`${path}.id`, 'admin.invalid.key')}
          />
        ) : (
          <Text size="small" color="color.text.subtle">
            {t('admin.department.keyFixed', { key: department.id })}
          </Text>
        )}
        {ROLES.map(({ role, label }) => (
          <PersonPicker key={role} label={t(label)} value={department[role]} onChange={(accountId) => { set({ [role]: accountId }); }} error={problem(`${path}.${role}`, 'admin.invalid.person')} />
        ))}
        <CheckboxField label={t('admin.department.away')} checked={department.away} onChange={(away) => { set({ away }); }} />
        <ComponentField value={department.componentId} choices={components} onChange={(componentId) => { set({ componentId }); }} error={problem(`${path}.componentId`, 'admin.invalid.component')} />
      </Stack>
    </li>
  );
};
