import type { MessageKey } from '../shared/i18n/catalogue.en';
import type { UiErrorCode } from '../shared/ui-error';

/**
 * The codes whose generic sentence speaks to Jira users (an admin, a status, a permission): a
 * customer reads what happened to their complaint instead. Every other code keeps its sentence.
 */
const FOR_CUSTOMERS: Partial<Record<UiErrorCode, MessageKey>> = {
  NOT_FOUND: 'portal.error.NOT_FOUND',
  FORBIDDEN: 'portal.error.FORBIDDEN',
  CONFLICT: 'portal.error.CONFLICT',
  TRANSITION_NOT_ALLOWED: 'portal.error.TRANSITION_NOT_ALLOWED',
  INVALID_CONFIG: 'portal.error.INVALID_CONFIG',
};

/** The catalogue key that explains an error code to a customer. */
export const portalErrorKey = (code: UiErrorCode): MessageKey => FOR_CUSTOMERS[code] ?? `error.${code}`;
