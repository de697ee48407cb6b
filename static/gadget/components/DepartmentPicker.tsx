import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useEffect, useState } from 'react';
import type { GadgetDepartment } from '../../../src/contracts/resolver-contracts';
import { TRIAGE } from '../../../src/domain/metrics/metrics-query';
import { CheckboxField } from '../../shared/components/CheckboxField';
import { useT } from '../../shared/i18n/i18n-context';
import { useSurfaceHost } from '../../shared/shell/surface-host';

type Choices = { readonly state: 'loading' } | { readonly state: 'ready'; readonly departments: readonly GadgetDepartment[] } | { readonly state: 'failed' };

/**
 * The configured departments and triage as checkboxes. A saved id the configuration no longer has
 * stays listed under its id, so that it can be unticked rather than kept unseen.
 */
export const DepartmentPicker = ({ selected, onChange }: { selected: readonly string[]; onChange: (selected: readonly string[]) => void }) => {
  const t = useT();
  const host = useSurfaceHost();
  const [choices, setChoices] = useState<Choices>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    host.call('gadget/departments', {}).then(
      ({ departments }) => {
        if (current) setChoices({ state: 'ready', departments });
      },
      () => {
        if (current) setChoices({ state: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [host]);

  const known = choices.state === 'ready' ? [...choices.departments, { id: TRIAGE, name: t('gadget.triage') }] : [];
  const gone = selected.filter((id) => !known.some((d) => d.id === id)).map((id) => ({ id, name: id }));
  const toggle = (id: string) => (checked: boolean) => {
    onChange(checked ? [...selected, id] : selected.filter((s) => s !== id));
  };
  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
      <legend>
        <Text weight="bold">{t('gadget.edit.departments.label')}</Text>
      </legend>
      <Stack space="space.050">
        <Text size="small" color="color.text.subtle">
          {t('gadget.edit.departments.all')}
        </Text>
        {choices.state === 'loading' && <Text>{t('shell.loading')}</Text>}
        {choices.state === 'failed' && <Text color="color.text.danger">{t('gadget.edit.departments.loadFailed')}</Text>}
        {[...known, ...gone].map((d) => (
          <CheckboxField key={d.id} label={d.name} checked={selected.includes(d.id)} onChange={toggle(d.id)} />
        ))}
      </Stack>
    </fieldset>
  );
};
