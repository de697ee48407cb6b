import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useId, type InputHTMLAttributes } from 'react';
import { fieldStyle, invalidFieldStyle } from './field-style';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  /** A translated message; its presence marks the field invalid. */
  readonly error?: string;
  readonly name?: string;
  readonly inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  readonly required?: boolean;
}

/** A labelled native text input whose hint and error are announced with it. */
export const TextField = ({ label, value, onChange, hint, error, name, inputMode, required }: TextFieldProps) => {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? null : hintId, error === undefined ? null : errorId].filter((part) => part !== null);
  return (
    <Stack space="space.050">
      <label htmlFor={id}>
        <Text weight="medium">{label}</Text>
      </label>
      <input
        id={id}
        name={name}
        type="text"
        value={value}
        inputMode={inputMode}
        required={required}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy.length === 0 ? undefined : describedBy.join(' ')}
        style={error === undefined ? fieldStyle : invalidFieldStyle}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      {hint !== undefined && (
        <Text id={hintId} size="small" color="color.text.subtle">
          {hint}
        </Text>
      )}
      {error !== undefined && (
        <Text id={errorId} size="small" color="color.text.danger">
          {error}
        </Text>
      )}
    </Stack>
  );
};
