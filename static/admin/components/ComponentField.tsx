import { fieldStyle, invalidFieldStyle } from '../../shared/components/field-style';
import { FormField } from '../../shared/components/FormField';
import { TextField } from '../../shared/components/TextField';
import { useT } from '../../shared/i18n/i18n-context';
import { isOffered, type ComponentChoices } from '../component-choices';

interface ComponentFieldProps {
  readonly value: string | null;
  readonly choices: ComponentChoices;
  readonly onChange: (componentId: string | null) => void;
  readonly error: string | undefined;
}

const NONE = '';

/**
 * A department's Jira component, chosen from the components of the projects set up. Until that
 * list is read, or when Jira will not give it, the component's id is typed instead, so the value
 * stays what it is and can still be changed.
 */
export const ComponentField = ({ value, choices, onChange, error }: ComponentFieldProps) => {
  const t = useT();
  const set = (text: string) => {
    onChange(text.trim() === NONE ? null : text.trim());
  };
  if (choices.state !== 'ready') {
    const hint = choices.state === 'failed' ? t('admin.department.component.unread') : t('admin.department.component.hint');
    return <TextField label={t('admin.department.component')} hint={hint} value={value ?? NONE} inputMode="numeric" onChange={set} error={error} />;
  }
  return (
    <FormField label={t('admin.department.componentChoice')} hint={t('admin.department.component.hint')} error={error}>
      {(ids) => (
        <select
          id={ids.id}
          value={value ?? NONE}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid || undefined}
          style={ids.invalid ? invalidFieldStyle : fieldStyle}
          onChange={(event) => {
            set(event.target.value);
          }}
        >
          <option value={NONE}>{t('admin.department.component.none')}</option>
          {value !== null && !isOffered(choices.projects, value) && <option value={value}>{t('admin.department.component.unknown', { id: value })}</option>}
          {choices.projects.map(({ project, components }) => (
            <optgroup key={project} label={project}>
              {components.map((component) => (
                <option key={component.id} value={component.id}>
                  {component.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </FormField>
  );
};
