import type { UiModuleDef } from '../../../sandbox/host/manifest-model';
import { forgeRunsFor, queuePageSite, queuesPath } from '../../../sandbox/pages/frame-sites';

const portalModule = (unlicensedAccess: readonly string[]): UiModuleDef => ({
  type: 'jiraServiceManagement:portalRequestDetail',
  key: 'complaint-portal-detail',
  resourceKey: 'portal',
  editResourceKey: null,
  resolverFunctionKey: 'portal-resolver',
  title: 'Your complaint',
  issueType: null,
  unlicensedAccess,
});

describe('which users Forge runs a portal module for', () => {
  it('runs it for a portal customer only when the module lets customers in', () => {
    expect(forgeRunsFor(portalModule([]), 'customer')).toBe(false);
    expect(forgeRunsFor(portalModule(['anonymous']), 'customer')).toBe(false);
    expect(forgeRunsFor(portalModule(['customer']), 'customer')).toBe(true);
  });

  it('runs it for a licensed user whatever the module says', () => {
    expect(forgeRunsFor(portalModule([]), 'atlassian')).toBe(true);
  });
});

describe("the queue page's place", () => {
  const queueModule: UiModuleDef = { ...portalModule([]), type: 'jiraServiceManagement:queuePage', key: 'complaint-advocate-queue', resourceKey: 'queue' };

  it('names the service project, and no issue, in the extension', () => {
    expect(queuePageSite(queueModule, { id: '10000', key: 'CMP', type: 'service_desk' })).toEqual({
      moduleKey: 'complaint-advocate-queue',
      localId: 'complaint-advocate-queue/CMP',
      extension: { project: { id: '10000', key: 'CMP', type: 'service_desk' } },
    });
  });

  it("is under the project's queues, at Jira's path", () => {
    expect(queuesPath('CMP')).toBe('/jira/servicedesk/projects/CMP/queues');
    expect(queuesPath('CMP', 'complaint-advocate-queue')).toBe('/jira/servicedesk/projects/CMP/queues/apps/complaint-advocate-queue');
  });

  it('is never run for a portal customer: the module cannot let them in', () => {
    expect(forgeRunsFor(queueModule, 'customer')).toBe(false);
  });
});
