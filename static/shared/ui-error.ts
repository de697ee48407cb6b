import type { AppErrorCode, FieldIssue } from '../../src/contracts/resolver-contracts';

/** The backend's stable codes plus the failures that only the browser side can see. */
export type UiErrorCode = AppErrorCode | 'TIMEOUT' | 'BRIDGE' | 'BAD_RESPONSE' | 'RENDER';

// A Record, not an array, so the compiler insists on every code of the union.
const KNOWN_CODES: Readonly<Record<UiErrorCode, true>> = {
  INVALID_INPUT: true,
  INVALID_CONFIG: true,
  FORBIDDEN: true,
  NOT_FOUND: true,
  CONFLICT: true,
  TRANSITION_NOT_ALLOWED: true,
  JIRA_ERROR: true,
  RATE_LIMITED: true,
  STORE_ERROR: true,
  INTERNAL: true,
  TIMEOUT: true,
  BRIDGE: true,
  BAD_RESPONSE: true,
  RENDER: true,
};

export const UI_ERROR_CODES = Object.keys(KNOWN_CODES) as readonly UiErrorCode[];

export const isUiErrorCode = (code: unknown): code is UiErrorCode => typeof code === 'string' && Object.hasOwn(KNOWN_CODES, code);

/** What every failed call or load turns into, so components switch on `code` and never on message text. */
export class UiError extends Error {
  readonly code: UiErrorCode;
  readonly fields: readonly FieldIssue[];

  constructor(code: UiErrorCode, message: string, options: { cause?: unknown; fields?: readonly FieldIssue[] } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UiError';
    this.code = code;
    this.fields = options.fields ?? [];
  }
}

/** Keeps a UiError as it is and wraps anything else thrown by the bridge as `fallbackCode`. */
export const toUiError = (error: unknown, fallbackCode: UiErrorCode = 'BRIDGE'): UiError => {
  if (error instanceof UiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new UiError(fallbackCode, message, { cause: error });
};
