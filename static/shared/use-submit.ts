import { useEffect, useRef, useState } from 'react';
import { toUiError, type UiError } from './ui-error';

export interface Submission {
  readonly working: boolean;
  readonly error: UiError | null;
  /** Runs `work`; the working flag always clears, whether it resolves, rejects or times out. */
  readonly run: (work: () => Promise<void>) => Promise<boolean>;
  readonly clear: () => void;
}

/** The state of one form's submit button: working while a call runs, then the call's error, if any. */
export const useSubmit = (): Submission => {
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = async (work: () => Promise<void>): Promise<boolean> => {
    setWorking(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (e) {
      if (mounted.current) setError(toUiError(e));
      return false;
    } finally {
      if (mounted.current) setWorking(false);
    }
  };
  return { working, error, run, clear: () => { setError(null); } };
};
