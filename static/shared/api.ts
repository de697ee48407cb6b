import { invoke } from '@forge/bridge';
import { createCall, type Call } from './create-call';

export type { Call } from './create-call';

/** The typed invoke of every UI surface: resolver data, or a UiError; never a raw bridge error, never a hang. */
export const call: Call = createCall((key, payload) => invoke<unknown>(key, { ...payload }));
