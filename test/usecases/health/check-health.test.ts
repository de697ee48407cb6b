import { parseConfig } from '../../../src/domain/config/parse-config';
import { NO_RECONCILIATION } from '../../../src/domain/reconciliation/reconciliation-pass';
import { unboundBinding } from '../../../src/jira/provisioning/project-binding';
import { checkHealth, type CheckHealthDeps } from '../../../src/usecases/health/check-health';

const config = parseConfig({ departments: [{ id: 'billing', name: 'Billing', leadAccountId: 'boris', deputyAccountId: 'gone' }, { id: 'legal', name: 'Legal' }] });

const deps = (): CheckHealthDeps & { asked: string[] } => {
  const asked: string[] = [];
  return {
    asked,
    configs: { load: () => Promise.resolve(config) },
    bindings: { all: () => Promise.resolve([unboundBinding('CMP'), unboundBinding('HR')]) },
    names: { displayNamesOf: (ids) => Promise.resolve(new Map(ids.filter((id) => id === 'boris').map((id) => [id, 'Boris Belov']))) },
    jira: {
      assignableIn: (projectKey, ids) => {
        asked.push(`assignable ${projectKey} ${ids.join(',')}`);
        return Promise.resolve(new Set(projectKey === 'CMP' ? ids : []));
      },
      missingAppPermissions: (projectKey, permissions) => {
        asked.push(`permissions ${projectKey} ${permissions.join(',')}`);
        return Promise.resolve(projectKey === 'HR' ? ['ASSIGN_ISSUES'] : []);
      },
    },
    sweeps: {
      load: () =>
        Promise.resolve({
          at: 1000,
          due: 3,
          handled: 3,
          queued: 0,
          reminders: 1,
          escalations: 0,
          routed: 0,
          failed: 1,
          retried: { due: 0, sent: 0, gaveUp: 0, queued: 0 },
          outbox: { pending: 0, gaveUp: 0, lastGiveUps: [] },
        }),
    },
    reconciliations: {
      load: (projectKey) =>
        Promise.resolve(projectKey === 'CMP' ? { ...NO_RECONCILIATION, last: { startedAt: 10, completedAt: 20, invocations: 1, checked: 5, healed: 2 } } : NO_RECONCILIATION),
    },
    outbox: { health: (recent) => Promise.resolve({ pending: 2, gaveUp: 7, lastGiveUps: [{ issueId: '1', key: 'route', issueKey: 'CMP-1', reason: 'Jira answered 500', at: 30 }].slice(0, recent) }) },
    triage: { openInTriage: () => Promise.resolve(4) },
  };
};

describe('checking the health', () => {
  it('gathers every finding in one report, asking Jira per project set up', async () => {
    const d = deps();
    expect(await checkHealth(d)).toEqual({
      departmentsWithoutLead: ['Legal'],
      people: [
        { accountId: 'boris', departmentName: 'Billing', role: 'leadAccountId', problem: 'not_assignable', projectKey: 'HR' },
        { accountId: 'gone', departmentName: 'Billing', role: 'deputyAccountId', problem: 'inactive', projectKey: null },
      ],
      names: { boris: 'Boris Belov' },
      missingPermissions: [{ projectKey: 'HR', permissions: ['ASSIGN_ISSUES'] }],
      lastSweep: { at: 1000, handled: 3, failed: 1 },
      reconciliations: [
        { projectKey: 'CMP', completedAt: 20, healed: 2 },
        { projectKey: 'HR', completedAt: null, healed: null },
      ],
      outbox: { pending: 2, gaveUp: 7, lastGiveUps: [{ issueKey: 'CMP-1', reason: 'Jira answered 500', at: 30 }] },
      triage: 4,
    });
    const permissions = 'BROWSE_PROJECTS,CREATE_ISSUES,EDIT_ISSUES,ASSIGN_ISSUES,TRANSITION_ISSUES,ADD_COMMENTS,LINK_ISSUES';
    expect([...d.asked].sort()).toEqual(['assignable CMP boris,gone', 'assignable HR boris,gone', `permissions CMP ${permissions}`, `permissions HR ${permissions}`]);
  });

  it('says no sweep ran before the first one', async () => {
    const d = { ...deps(), sweeps: { load: () => Promise.resolve(null) } };
    expect((await checkHealth(d)).lastSweep).toBeNull();
  });
});
