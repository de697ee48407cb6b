import type { ForgeHost } from './host/forge-host';
import type { DemoUser } from './jira/emulator.types';

/** What the advocate records on the call after the measures. */
export interface CallAnswer {
  readonly satisfaction: number;
  readonly consideredResolved: boolean;
}

/**
 * Closes a complaint as an advocate does from the issue panel: through the app's `complaint/close`
 * resolver, which writes the satisfaction that only the app may write and closes the issue in
 * Jira as the advocate.
 */
export const closeAsAdvocate = async (host: ForgeHost, advocate: DemoUser, issue: { readonly id: string; readonly key: string }, call: CallAnswer): Promise<void> => {
  const panel = host.manifest.uiModules.find((m) => m.type === 'jira:issuePanel');
  if (!panel) throw new Error('Seeding: the app has no issue panel to close complaints from');
  const answer = await host.invokeResolver({
    site: { moduleKey: panel.key, localId: `${panel.key}/${issue.id}`, extension: { issue: { id: issue.id, key: issue.key, type: 'Complaint' } } },
    viewer: { accountId: advocate.accountId, locale: 'en-US', timeZone: advocate.timeZone, colorMode: 'light', accountType: 'licensed' },
    functionKey: 'complaint/close',
    payload: { ...call, callNotes: 'Called the customer and went through what was done.' },
  });
  if ((answer as { ok?: unknown } | null)?.ok !== true) throw new Error(`Seeding: closing ${issue.key} answered ${JSON.stringify(answer)}`);
};
