import { Inline, Text } from '@atlaskit/primitives/compiled';
import { useId } from 'react';

/** A native checkbox with its label beside it, as a keyboard and a screen reader expect. */
export const CheckboxField = ({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) => {
  const id = useId();
  return (
    <Inline space="space.100" alignBlock="center">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
      />
      <label htmlFor={id}>
        <Text>{label}</Text>
      </label>
    </Inline>
  );
};
