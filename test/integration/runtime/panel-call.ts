import type { RuntimeSandbox } from './runtime-sandbox';

/** What a panel resolver key answers, as the tests read it. */
export type PanelAnswer = Promise<{ ok: boolean; data?: unknown; error?: { code: string; fields: { path: string }[] } }>;

/** The advocate panel's resolver on this complaint, as Forge calls it for `accountId`. */
export const panelCall =
  (env: Pick<RuntimeSandbox, 'services' | 'binding'>, accountId: string, complaint: { readonly id: string; readonly key: string }) =>
  (functionKey: string, payload: unknown = {}): PanelAnswer =>
    env.services.host.invokeResolver({
      site: {
        moduleKey: 'advocate-panel',
        localId: `advocate-panel/${complaint.id}`,
        extension: { issue: { id: complaint.id, key: complaint.key, type: 'Complaint', typeId: env.binding.issueTypeId }, project: { key: 'CMP', type: 'service_desk' }, isNewToIssue: false },
      },
      viewer: { accountId, locale: 'en-US', timeZone: 'Europe/London', colorMode: 'light', accountType: 'licensed' },
      functionKey,
      payload,
    }) as PanelAnswer;
