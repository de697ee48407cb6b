import { AppError, isAppError } from '../../domain/app-error';

/** Runs a store operation; a database error leaves it as a STORE_ERROR with the error as its cause. */
export const guard = async <T>(operation: string, run: () => Promise<T>): Promise<T> => {
  try {
    return await run();
  } catch (cause) {
    if (isAppError(cause)) throw cause;
    throw new AppError('STORE_ERROR', `The SQL store could not ${operation}`, { cause });
  }
};
