import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useId, type ReactNode } from 'react';

/** What a control needs to be tied to its label, hint and error. */
export interface FieldIds {
  readonly id: string;
  readonly labelId: string;
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
}

interface FormFieldProps {
  readonly label: string;
  readonly hint?: string | undefined;
  /** A translated message; its presence marks the field invalid. */
  readonly error?: string | undefined;
  /** A group of controls (a radiogroup) is named by aria-labelledby, not by a <label for>. */
  readonly group?: boolean;
  readonly children: (ids: FieldIds) => ReactNode;
}

/** A label, the control, a hint and an error, with the ids that make a screen reader announce them together. */
export const FormField = ({ label, hint, error, group = false, children }: FormFieldProps) => {
  const id = useId();
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint === undefined ? null : hintId, error === undefined ? null : errorId].filter((part) => part !== null);
  const labelText = <Text weight="medium">{label}</Text>;
  return (
    <Stack space="space.050">
      {group ? (
        <span id={labelId}>{labelText}</span>
      ) : (
        <label id={labelId} htmlFor={id}>
          {labelText}
        </label>
      )}
      {children({ id, labelId, describedBy: described.length === 0 ? undefined : described.join(' '), invalid: error !== undefined })}
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
