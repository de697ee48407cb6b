import { fieldStyle, invalidFieldStyle } from './field-style';
import { FormField } from './FormField';

interface TextAreaFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly name: string;
  readonly maxLength: number;
  readonly hint?: string;
  /** A translated message; its presence marks the field invalid. */
  readonly error?: string | undefined;
  readonly required?: boolean;
}

/** A labelled native text area whose hint and error are announced with it; it stops at the length the resolver accepts. */
export const TextAreaField = ({ label, value, onChange, name, maxLength, hint, error, required }: TextAreaFieldProps) => (
  <FormField label={label} hint={hint} error={error}>
    {(ids) => (
      <textarea
        id={ids.id}
        name={name}
        rows={3}
        required={required}
        maxLength={maxLength}
        value={value}
        aria-describedby={ids.describedBy}
        aria-invalid={ids.invalid || undefined}
        style={ids.invalid ? invalidFieldStyle : fieldStyle}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    )}
  </FormField>
);
