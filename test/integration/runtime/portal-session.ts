import { portalRequestSite } from '../../../sandbox/pages/frame-sites';
import type { PanelAnswer } from './panel-call';
import { accountTypeOf, DEMO_ACCOUNTS, type RuntimeSandbox } from './runtime-sandbox';

/** A request on the portal, as its page's module knows it. */
export interface PortalRequest {
  readonly id: string;
  readonly key: string;
  readonly typeId: string;
}

/** The portal as the tests drive it in a runtime sandbox: raise on JSM's form, call the request page's module, and read the app's whole state. */
export const portalSession = (env: () => RuntimeSandbox) => {
  const complaintType = async (): Promise<string> => {
    const types = await env().rest(DEMO_ACCOUNTS.customer, 'GET', '/rest/servicedeskapi/servicedesk/1/requesttype');
    const type = (types.json as { values: { id: string; name: string }[] }).values.find((t) => t.name === 'Complaint');
    if (type === undefined) throw new Error('The portal offers no Complaint request type');
    return type.id;
  };

  /** A complaint Carol raises on the portal with JSM's own form, with these participants. */
  const raiseOnPortal = async (summary: string, participants: readonly string[] = []): Promise<PortalRequest> => {
    const typeId = await complaintType();
    const answer = await env().rest(DEMO_ACCOUNTS.customer, 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '1',
      requestTypeId: typeId,
      requestFieldValues: { summary },
      ...(participants.length > 0 ? { requestParticipants: participants } : {}),
    });
    if (answer.status !== 201) throw new Error(`Raising failed: ${String(answer.status)} ${JSON.stringify(answer.json)}`);
    await env().settle();
    const { issueId, issueKey } = answer.json as { issueId: string; issueKey: string };
    return { id: issueId, key: issueKey, typeId };
  };

  /** The request page's module of this request, as `accountId` opens it. */
  const onRequestPage =
    (accountId: string, request: Pick<PortalRequest, 'key' | 'typeId'>) =>
    (functionKey: string, payload: unknown = {}): PanelAnswer => {
      const module = env().services.host.uiModule('complaint-portal-detail');
      if (module === undefined) throw new Error('manifest.yml has no module complaint-portal-detail');
      return env().services.host.invokeResolver({
        site: portalRequestSite(module, { ...request, portalId: '1' }),
        viewer: { accountId, locale: 'en-US', timeZone: 'Europe/London', colorMode: 'light', accountType: accountTypeOf(accountId) },
        functionKey,
        payload,
      }) as PanelAnswer;
    };

  /** Every row of every table of the app's SQL database, and every KVS value, as text: what a refusal must leave as it was. */
  const appState = (): string => {
    const db = env().services.appSql;
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    const kvs = (['value', 'secret'] as const).map((namespace) => env().services.kvs.list(namespace, '', null, 10_000));
    return JSON.stringify([tables.map(({ name }) => db.prepare(`SELECT * FROM "${name}"`).all()), kvs]);
  };

  return { raiseOnPortal, onRequestPage, appState };
};
