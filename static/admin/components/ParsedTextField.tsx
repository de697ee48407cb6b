import { useState, type ComponentProps } from 'react';
import { TextField } from '../../shared/components/TextField';

type ParsedTextFieldProps<T> = Omit<ComponentProps<typeof TextField>, 'value' | 'onChange'> & {
  /** The text the field starts with. */
  readonly initial: string;
  readonly parse: (text: string) => T;
  readonly onChange: (value: T) => void;
};

/**
 * A text field for a value that is not text (a number, a list): it keeps what the admin types, so
 * a half-typed "0." or a trailing comma stays on screen, and hands on the parsed value.
 */
export const ParsedTextField = <T,>({ initial, parse, onChange, ...field }: ParsedTextFieldProps<T>) => {
  const [text, setText] = useState(initial);
  return (
    <TextField
      {...field}
      value={text}
      onChange={(next) => {
        setText(next);
        onChange(parse(next));
      }}
    />
  );
};
