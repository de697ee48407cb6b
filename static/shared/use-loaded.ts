import { useCallback, useEffect, useState } from 'react';
import { toUiError, type UiError } from './ui-error';

export interface Loaded<T> {
  /** The last answer; it stays up while a reload runs or after one failed. */
  readonly data: T | null;
  readonly error: UiError | null;
  readonly reload: () => void;
  /** Puts in an answer that an action returned, without asking again. */
  readonly replace: (data: T) => void;
}

/** Asks `load` as the component mounts and on `reload`; `load` must be stable (a useCallback). */
export const useLoaded = <T>(load: () => Promise<T>): Loaded<T> => {
  const [state, setState] = useState<{ data: T | null; error: UiError | null }>({ data: null, error: null });
  const reload = useCallback(() => {
    setState((current) => ({ ...current, error: null }));
    load().then(
      (data) => {
        setState({ data, error: null });
      },
      (error: unknown) => {
        setState((current) => ({ ...current, error: toUiError(error) }));
      },
    );
  }, [load]);
  useEffect(reload, [reload]);
  const replace = useCallback((data: T) => {
    setState({ data, error: null });
  }, []);
  return { ...state, reload, replace };
};
