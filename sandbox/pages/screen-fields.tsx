import type { FormValues, ScreenField } from './screen-field';

/** A person a user picker offers: the people the viewer may browse. */
export interface PickableUser {
  readonly accountId: string;
  readonly displayName: string;
}

export interface ScreenFieldsProps {
  readonly fields: readonly ScreenField[];
  readonly values: FormValues;
  /** Jira's per-field messages from the last refusal, by field id. */
  readonly errors: Readonly<Record<string, string>>;
  /** Empty when the viewer may not browse users: the picker then takes an account id. */
  readonly users: readonly PickableUser[];
  /** Keeps the inputs' ids apart from other forms on the page. */
  readonly idPrefix: string;
}

interface InputProps {
  readonly field: ScreenField;
  readonly id: string;
  readonly sent: readonly string[];
  readonly users: readonly PickableUser[];
  readonly described: { 'aria-describedby'?: string; 'aria-invalid'?: true };
}

const Choices = ({ choices }: { choices: readonly { id: string; label: string }[] }) => (
  <>
    {choices.map((choice) => (
      <option key={choice.id} value={choice.id}>
        {choice.label}
      </option>
    ))}
  </>
);

const userChoices = (users: readonly PickableUser[]) => users.map((user) => ({ id: user.accountId, label: user.displayName }));

/** The control Jira's dialogs show for the field's type, filled with what the form sent last. */
const FieldInput = ({ field, id, sent, users, described }: InputProps) => {
  const common = { id, name: field.id, required: field.required, ...described };
  const first = sent[0] ?? '';
  switch (field.kind) {
    case 'text':
      return <input {...common} defaultValue={first} />;
    case 'richtext':
      return <textarea {...common} rows={4} defaultValue={first} />;
    case 'number':
      return <input {...common} type="number" step="any" defaultValue={first} />;
    case 'date':
      return <input {...common} type="date" defaultValue={first} />;
    case 'datetime':
      return <input {...common} type="datetime-local" defaultValue={first} />;
    case 'labels':
      return <input {...common} defaultValue={first} placeholder="Labels, separated by spaces" />;
    case 'select':
      return (
        <select {...common} defaultValue={first}>
          <option value="">None</option>
          <Choices choices={field.choices} />
        </select>
      );
    case 'multiselect':
      return (
        <select {...common} multiple defaultValue={[...sent]}>
          <Choices choices={field.choices} />
        </select>
      );
    case 'user':
      return users.length === 0 ? (
        <input {...common} defaultValue={first} placeholder="Account ID" />
      ) : (
        <select {...common} defaultValue={first}>
          <option value="">None</option>
          <Choices choices={userChoices(users)} />
        </select>
      );
    case 'users':
      return users.length === 0 ? (
        <input {...common} defaultValue={first} placeholder="Account IDs, separated by commas" />
      ) : (
        <select {...common} multiple defaultValue={[...sent]}>
          <Choices choices={userChoices(users)} />
        </select>
      );
    case null:
      return (
        <p id={id} className="muted">
          This field's type cannot be edited on the sandbox's pages.
        </p>
      );
  }
};

/** The fields of a create or transition screen, in the screen's order, each with Jira's message when it refused the value. */
export const ScreenFields = ({ fields, values, errors, users, idPrefix }: ScreenFieldsProps) => (
  <>
    {fields.map((field) => {
      const id = `${idPrefix}-${field.id}`;
      const error = errors[field.id];
      return (
        <div key={field.id} className="field">
          <label htmlFor={id}>
            {field.name}
            {field.required && <span aria-hidden="true"> *</span>}
          </label>
          <FieldInput field={field} id={id} sent={values[field.id] ?? []} users={users} described={error === undefined ? {} : { 'aria-describedby': `${id}-error`, 'aria-invalid': true }} />
          {error !== undefined && (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          )}
        </div>
      );
    })}
  </>
);
