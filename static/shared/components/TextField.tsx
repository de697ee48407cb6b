import type { InputHTMLAttributes } from 'react';
import { fieldStyle, invalidFieldStyle } from './field-style';
import { FormField } from './FormField';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  /** A translated message; its presence marks the field invalid. */
  readonly error?: string | undefined;
  readonly name?: string;
  readonly inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  readonly required?: boolean;
  readonly maxLength?: number;
  /** Values the browser offers as the admin types; any other text is still accepted. */
  readonly suggestions?: readonly string[];
}

/** A labelled native text input whose hint and error are announced with it. */
export const TextField = ({ label, value, onChange, hint, error, name, inputMode, required, maxLength, suggestions }: TextFieldProps) => (
  <FormField label={label} hint={hint} error={error}>
    {(ids) => (
      <>
        <input
          id={ids.id}
          name={name}
          type="text"
          value={value}
          inputMode={inputMode}
          required={required}
          maxLength={maxLength}
          list={suggestions === undefined ? undefined : `${ids.id}-suggestions`}
          aria-invalid={ids.invalid || undefined}
          aria-describedby={ids.describedBy}
          style={ids.invalid ? invalidFieldStyle : fieldStyle}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
        {suggestions !== undefined && (
          <datalist id={`${ids.id}-suggestions`}>
            {suggestions.map((suggestion) => (
              <option key={suggestion} value={suggestion} />
            ))}
          </datalist>
        )}
      </>
    )}
  </FormField>
);
