import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useId } from 'react';

interface CheckboxFieldProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  /** What ticking it means, announced with the checkbox. */
  readonly hint?: string;
}

/** A native checkbox with its label beside it, as a keyboard and a screen reader expect. */
export const CheckboxField = ({ label, checked, onChange, hint }: CheckboxFieldProps) => {
  const id = useId();
  const hintId = `${id}-hint`;
  const box = (
    <Inline space="space.100" alignBlock="center">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint === undefined ? undefined : hintId}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
      />
      <label htmlFor={id}>
        <Text>{label}</Text>
      </label>
    </Inline>
  );
  if (hint === undefined) return box;
  return (
    <Stack space="space.050">
      {box}
      <Text id={hintId} size="small" color="color.text.subtle">
        {hint}
      </Text>
    </Stack>
  );
};
