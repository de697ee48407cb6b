import { FormField } from './FormField';
import { SegmentedControl, type Segment } from './SegmentedControl';

interface ChoiceFieldProps {
  readonly label: string;
  readonly options: readonly Segment[];
  /** '' while nothing is chosen. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
}

/** A labelled one-of-a-few choice, as a segmented radiogroup whose error is announced with it. */
export const ChoiceField = ({ label, options, value, onChange, error }: ChoiceFieldProps) => (
  <FormField label={label} error={error} group>
    {(ids) => (
      <SegmentedControl id={ids.id} options={options} value={value} onChange={onChange} labelledBy={ids.labelId} describedBy={ids.describedBy} invalid={ids.invalid} />
    )}
  </FormField>
);
