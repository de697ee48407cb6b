import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives/compiled';
import type { MutableRefObject } from 'react';

interface ActionButtonsProps<A extends string> {
  readonly actions: readonly A[];
  /** The action whose form is open below the buttons, or null. */
  readonly open: A | null;
  /** The id of the open form, which its button controls. */
  readonly formId: string;
  readonly labelOf: (action: A) => string;
  /** Where the buttons are kept, so focus can go back to one as its form closes. */
  readonly buttons: MutableRefObject<Map<A, HTMLButtonElement>>;
  readonly onToggle: (action: A) => void;
}

/** A row of buttons that each open (and close) their action's form, saying which one is open. */
export const ActionButtons = <A extends string>({ actions, open, formId, labelOf, buttons, onToggle }: ActionButtonsProps<A>) => (
  <Inline space="space.100" shouldWrap>
    {actions.map((action) => (
      <Button
        key={action}
        ref={(element: HTMLButtonElement | null) => {
          if (element === null) buttons.current.delete(action);
          else buttons.current.set(action, element);
        }}
        appearance={open === action ? 'primary' : 'default'}
        aria-expanded={open === action}
        aria-controls={open === action ? formId : undefined}
        onClick={() => {
          onToggle(action);
        }}
      >
        {labelOf(action)}
      </Button>
    ))}
  </Inline>
);
