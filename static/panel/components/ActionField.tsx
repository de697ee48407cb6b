import type { PanelView } from '../../../src/contracts/panel-view';
import { fieldStyle, invalidFieldStyle } from '../../shared/components/field-style';
import { useT } from '../../shared/i18n/i18n-context';
import { CHECKED, type FieldSpec } from '../action-forms';
import { CheckboxField } from '../../shared/components/CheckboxField';
import { FormField, type FieldIds } from '../../shared/components/FormField';
import { SegmentedControl } from '../../shared/components/SegmentedControl';

interface ActionFieldProps {
  readonly spec: FieldSpec;
  readonly value: string;
  /** The department chosen in the same form, whose people a re-route may name. */
  readonly departmentId: string;
  readonly onChange: (value: string) => void;
  readonly view: PanelView;
  readonly error: string | undefined;
}

const SATISFACTION = ['1', '2', '3', '4', '5'] as const;

/** One field of an action's form, as the control its kind calls for, labelled and described. */
export const ActionField = ({ spec, value, departmentId, onChange, view, error }: ActionFieldProps) => {
  const t = useT();
  const { forms, names } = view;
  const label = spec.kind === 'money' ? t('panel.field.compensation', { currency: forms.currency }) : t(`panel.field.${spec.name}`);
  // The example key is one of this project's, as people here know them.
  const example = `${view.complaint.issueKey.split('-')[0] ?? 'CMP'}-12`;
  const hint = spec.name === 'duplicateOf' ? t('panel.field.duplicateOf.hint', { example }) : spec.required ? undefined : t('panel.form.optional');
  const common = (ids: FieldIds) => ({
    id: ids.id,
    name: spec.name,
    value,
    required: spec.required,
    'aria-describedby': ids.describedBy,
    'aria-invalid': ids.invalid || undefined,
    style: ids.invalid ? invalidFieldStyle : fieldStyle,
  });
  const onInput = (event: { target: { value: string } }) => {
    onChange(event.target.value);
  };

  if (spec.kind === 'checkbox') {
    return (
      <CheckboxField
        label={t(`panel.field.${spec.name}`)}
        checked={value === CHECKED}
        onChange={(checked) => {
          onChange(checked ? CHECKED : '');
        }}
      />
    );
  }

  const control = (ids: FieldIds) => {
    switch (spec.kind) {
      case 'textarea':
        return <textarea {...common(ids)} rows={3} onChange={onInput} />;
      case 'text':
        return <input {...common(ids)} type="text" onChange={onInput} />;
      case 'date':
        return <input {...common(ids)} type="date" min={forms.today} onChange={onInput} />;
      case 'money':
        return <input {...common(ids)} type="number" min={0} step="0.01" inputMode="decimal" onChange={onInput} />;
      case 'department':
        return (
          <select {...common(ids)} onChange={onInput}>
            <option value="">{t('panel.field.chooseDepartment')}</option>
            {forms.departments.map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </select>
        );
      case 'person': {
        const people = forms.departments.find((department) => department.id === departmentId)?.people ?? [];
        return (
          <select {...common(ids)} onChange={onInput}>
            <option value="">{t('panel.field.anyPerson')}</option>
            {people.map((person) => (
              <option key={person.accountId} value={person.accountId}>
                {t(`panel.field.person.${person.role}`, { name: names[person.accountId] ?? person.accountId })}
              </option>
            ))}
          </select>
        );
      }
      case 'satisfaction':
      case 'yesno': {
        const options =
          spec.kind === 'yesno'
            ? [
                { value: 'yes', label: t('panel.yes') },
                { value: 'no', label: t('panel.no') },
              ]
            : SATISFACTION.map((n) => ({ value: n, label: t(`panel.satisfaction.${n}`) }));
        return <SegmentedControl id={ids.id} options={options} value={value} onChange={onChange} labelledBy={ids.labelId} describedBy={ids.describedBy} invalid={ids.invalid} />;
      }
    }
  };

  return (
    <FormField label={label} hint={hint} error={error} group={spec.kind === 'satisfaction' || spec.kind === 'yesno'}>
      {control}
    </FormField>
  );
};
