import { getAppContext } from '@forge/api';
import type { InvocationTime } from '../../ports/invocation-time.port';

/** The invocation's remaining time as the Forge runtime counts it (from the function's `timeoutSeconds`). */
export const forgeInvocationTime: InvocationTime = { remainingMs: () => getAppContext().invocationRemainingTimeInMillis() };
