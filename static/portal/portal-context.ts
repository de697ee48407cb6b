import type { FullContext } from '@forge/bridge';

/** The two portal modules that share this resource: a request's page, or the customer's profile. */
export type PortalModule = 'request' | 'profile';

const MODULES: Readonly<Record<string, PortalModule>> = {
  'jiraServiceManagement:portalRequestDetail': 'request',
  'jiraServiceManagement:portalProfilePanel': 'profile',
};

/** Which module the frame renders, from the Forge context; null in any other module. */
export const portalModuleOf = (context: FullContext): PortalModule | null => {
  const type: unknown = context.extension.type;
  return typeof type === 'string' && Object.hasOwn(MODULES, type) ? (MODULES[type] ?? null) : null;
};
