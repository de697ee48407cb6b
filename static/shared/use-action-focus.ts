import { useEffect, useRef, useState } from 'react';

/**
 * Where focus goes around an action's inline form, for a row of action buttons: back to the
 * action's button when its form closes (`setFocusBack`), and to the "done" message once the
 * action is done, since its button may be gone by then.
 */
export const useActionFocus = <A>(done: unknown) => {
  const buttons = useRef(new Map<A, HTMLButtonElement>());
  const doneMessage = useRef<HTMLDivElement>(null);
  const [focusBack, setFocusBack] = useState<A | null>(null);
  useEffect(() => {
    if (focusBack !== null) buttons.current.get(focusBack)?.focus();
  }, [focusBack]);
  useEffect(() => {
    if (done !== null) doneMessage.current?.focus();
  }, [done]);
  return { buttons, doneMessage, setFocusBack };
};
