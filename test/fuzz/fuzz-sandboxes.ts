import { startProvisioningSandbox } from '../integration/provisioning/provisioning-sandbox';
import { runtimeConfig, startRuntimeSandbox } from '../integration/runtime/runtime-sandbox';
import { appStorage } from '../../sandbox/app-storage';
import { DEMO_ACCOUNTS } from '../../sandbox/jira';
import type { Sandbox } from '../../sandbox/server';
import { watchState } from './state-watch';

const watching = (sandbox: Sandbox, writes: () => readonly unknown[]) =>
  watchState({ appSql: sandbox.services.appSql, site: sandbox.services.siteDb }, () => writes().length, sandbox.url);

/** A set-up installation with one complaint routed to Billing's lead, watched. */
export const startRoutedComplaint = async () => {
  const env = await startRuntimeSandbox();
  const complaint = await env.register({ department: 'Billing' });
  await env.settle();
  return { ...env, complaint, watch: watching(env.sandbox, env.writes) };
};

/** A set-up installation with a complaint Carol raised on the portal, Kostya its participant, watched. */
export const startPortalComplaint = async () => {
  const env = await startRuntimeSandbox();
  const types = await env.rest(DEMO_ACCOUNTS.customer, 'GET', '/rest/servicedeskapi/servicedesk/1/requesttype');
  const typeId = (types.json as { values: { id: string; name: string }[] }).values.find((type) => type.name === 'Complaint')?.id ?? '';
  const raised = await env.rest(DEMO_ACCOUNTS.customer, 'POST', '/rest/servicedeskapi/request', {
    serviceDeskId: '1',
    requestTypeId: typeId,
    requestFieldValues: { summary: 'The courier left my parcel in the rain' },
    requestParticipants: [DEMO_ACCOUNTS.secondCustomer],
  });
  await env.settle();
  const { issueKey } = raised.json as { issueKey: string };
  return { ...env, request: { key: issueKey, typeId, portalId: '1' }, watch: watching(env.sandbox, env.writes) };
};

/**
 * A configured installation where Set up project never ran, watched: a saved configuration then
 * queues no run, so a case costs one invocation, not a hundred Jira calls.
 */
export const startConfiguredInstallation = async () => {
  jest.spyOn(console, 'info').mockImplementation(() => undefined);
  const env = await startProvisioningSandbox();
  const { services } = env.sandbox;
  await appStorage(services.kvs).configs.save(runtimeConfig());
  return { ...env, services, watch: watching(env.sandbox, env.writes), settle: () => services.settle() };
};
