import { useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { tokenWithDefault } from './token-with-default';

export interface Segment {
  readonly value: string;
  readonly label: string;
}

interface SegmentedControlProps {
  readonly options: readonly Segment[];
  /** '' while nothing is chosen: the choice must be explicit. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly labelledBy: string;
  readonly describedBy?: string | undefined;
  readonly invalid?: boolean;
  readonly id?: string;
}

const groupStyle: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: tokenWithDefault('space.050') };

const segmentStyle = (checked: boolean, invalid: boolean): CSSProperties => ({
  font: tokenWithDefault('font.body'),
  cursor: 'pointer',
  paddingBlock: tokenWithDefault('space.075'),
  paddingInline: tokenWithDefault('space.150'),
  borderRadius: tokenWithDefault('radius.small'),
  border: `${tokenWithDefault('border.width')} solid ${tokenWithDefault(
    checked ? 'color.border.selected' : invalid ? 'color.border.danger' : 'color.border.input',
  )}`,
  color: tokenWithDefault(checked ? 'color.text.selected' : 'color.text'),
  backgroundColor: tokenWithDefault(checked ? 'color.background.selected' : 'color.background.input'),
  fontWeight: checked ? tokenWithDefault('font.weight.semibold') : tokenWithDefault('font.weight.regular'),
});

const STEPS: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * A labelled segmented control that is a radiogroup (WAI-ARIA radio pattern): one tab stop,
 * arrow keys move and choose, Home and End jump to the ends. Used where a choice must be explicit.
 */
export const SegmentedControl = ({ options, value, onChange, labelledBy, describedBy, invalid = false, id }: SegmentedControlProps) => {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const chosen = options.findIndex((option) => option.value === value);
  const choose = (index: number) => {
    const option = options[index];
    if (option === undefined) return;
    onChange(option.value);
    buttons.current[index]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = STEPS[event.key];
    const target =
      step !== undefined ? (index + step + options.length) % options.length : event.key === 'Home' ? 0 : event.key === 'End' ? options.length - 1 : null;
    if (target === null) return;
    event.preventDefault();
    choose(target);
  };
  return (
    <div id={id} role="radiogroup" aria-labelledby={labelledBy} aria-describedby={describedBy} aria-required aria-invalid={invalid || undefined} style={groupStyle}>
      {options.map((option, index) => {
        const checked = index === chosen;
        return (
          <button
            key={option.value}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={checked || (chosen === -1 && index === 0) ? 0 : -1}
            style={segmentStyle(checked, invalid)}
            onClick={() => {
              choose(index);
            }}
            onKeyDown={(event) => {
              onKeyDown(event, index);
            }}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
};
