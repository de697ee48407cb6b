import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import type { ReactNode } from 'react';
import { useT } from '../../shared/i18n/i18n-context';
import { newDepartment } from '../settings-draft';
import { useSettingsForm } from '../settings-form-context';
import { DepartmentFields } from './DepartmentFields';

/** Every department with its people, and buttons to add and remove one; `extra` holds more ways to add them. */
export const DepartmentsEditor = ({ savedIds, extra }: { savedIds: ReadonlySet<string>; extra?: ReactNode }) => {
  const t = useT();
  const { draft, update, problem } = useSettingsForm();
  const listError = problem('departments', 'admin.invalid.departments');
  return (
    <Stack space="space.200">
      {draft.departments.length === 0 && <Text as="p">{t('admin.departments.none')}</Text>}
      <ul aria-label={t('admin.departments.title')}>
        {draft.departments.map((department, index) => (
          <DepartmentFields
            // Position is the identity while a new department has no key yet.
            key={`${String(index)}-${department.id}`}
            index={index}
            isNew={department.id === '' || !savedIds.has(department.id)}
            onRemove={() => {
              update((d) => ({ ...d, departments: d.departments.filter((_, i) => i !== index) }));
            }}
          />
        ))}
      </ul>
      {listError !== undefined && <Text color="color.text.danger">{listError}</Text>}
      <Inline>
        <Button
          onClick={() => {
            update((d) => ({ ...d, departments: [...d.departments, newDepartment()] }));
          }}
        >
          {t('admin.departments.add')}
        </Button>
      </Inline>
      {extra}
    </Stack>
  );
};
