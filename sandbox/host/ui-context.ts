import { SANDBOX_SITE, installContextAri } from './forge-runtime';
import type { UiModuleDef } from './manifest-model';

/** Where a Custom UI frame sits; the host page builds this from what it rendered, never from the frame. */
export interface FrameSite {
  readonly moduleKey: string;
  readonly localId: string;
  readonly extension: Readonly<Record<string, unknown>>;
}

export interface Viewer {
  readonly accountId: string;
  /** Jira's form, `en-US`. */
  readonly locale: string;
  readonly timeZone: string;
  readonly colorMode: 'light' | 'dark';
  /** Forge's `accountType` in resolver contexts: JSM's licensed agents, or a portal customer (unlicensed). */
  readonly accountType: 'licensed' | 'customer';
}

/** In the sandbox every Atlassian account is a JSM agent (jira-servicemanagement-users), so only portal customers are unlicensed. */
export const forgeAccountType = (jiraAccountType: string): Viewer['accountType'] => (jiraAccountType === 'customer' ? 'customer' : 'licensed');

const moduleContext = (module: UiModuleDef, site: FrameSite, viewer: Viewer, siteUrl: string) => ({
  cloudId: SANDBOX_SITE.cloudId,
  environmentId: SANDBOX_SITE.environmentId,
  environmentType: 'DEVELOPMENT',
  extension: { type: module.type, ...site.extension },
  localId: site.localId,
  locale: viewer.locale,
  moduleKey: module.key,
  siteUrl,
  timezone: viewer.timeZone,
});

/** The `FullContext` that `view.getContext()` resolves to inside the frame. */
export const fullContext = (module: UiModuleDef, site: FrameSite, viewer: Viewer, siteUrl: string) => ({
  ...moduleContext(module, site, viewer, siteUrl),
  accountId: viewer.accountId,
  theme: { colorMode: viewer.colorMode, light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography' },
  surfaceColor: null,
});

/** The `context` that a resolver call carries; @forge/resolver adds the accountId from the principal. */
export const resolverContext = (module: UiModuleDef, site: FrameSite, viewer: Viewer, siteUrl: string) => ({
  ...moduleContext(module, site, viewer, siteUrl),
  accountType: viewer.accountType,
  installContext: installContextAri,
});
