/** @jest-environment jsdom */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { HealthReport } from '../../../src/contracts/resolver-contracts';
import { AdminBody } from '../../../static/admin/components/AdminBody';
import { AppShell } from '../../../static/shared/shell/AppShell';
import { UiError } from '../../../static/shared/ui-error';
import { adminAnswer, HEALTHY } from '../support/admin-answers';
import { makeContext, makeHost } from '../support/fake-host';
import { renderSurface } from '../support/render-surface';

afterEach(cleanup);

const SICK: HealthReport = {
  departmentsWithoutLead: ['Legal'],
  people: [
    { accountId: 'gone', departmentName: 'Billing', role: 'deputyAccountId', problem: 'inactive', projectKey: null },
    { accountId: 'ava', departmentName: 'Support', role: 'advocateAccountId', problem: 'not_assignable', projectKey: 'CMP' },
  ],
  names: { ava: 'Ava Advocate' },
  missingPermissions: [{ projectKey: 'CMP', permissions: ['ASSIGN_ISSUES', 'LINK_ISSUES'] }],
  lastSweep: { at: Date.UTC(2026, 2, 2, 9, 0), handled: 4, failed: 1 },
  reconciliations: [
    { projectKey: 'CMP', completedAt: Date.UTC(2026, 2, 2, 3, 0), healed: 2 },
    { projectKey: 'HR', completedAt: null, healed: null },
  ],
  outbox: { pending: 1, gaveUp: 3, lastGiveUps: [{ issueKey: 'CMP-7', reason: 'Jira answered 500', at: Date.UTC(2026, 2, 1, 12, 0) }] },
  triage: 5,
};

const openPage = async (health: () => Promise<unknown>) => {
  const host = makeHost({
    context: makeContext({ extension: { type: 'jira:adminPage' } }),
    onCall: (key) => (key === 'admin/health' ? health() : Promise.resolve(adminAnswer(key))),
  });
  await renderSurface(AppShell, AdminBody, host);
  return host;
};
const findings = async () => {
  const region = await screen.findByRole('region', { name: 'Health check' });
  await within(region).findAllByRole('listitem');
  return within(region)
    .getAllByRole('listitem')
    .map((li) => [li.dataset.problem, li.textContent]);
};

describe('the health check on the admin page', () => {
  it('lists every problem found, in words, marked as a problem', async () => {
    await openPage(() => Promise.resolve(SICK));
    const lines = await findings();
    expect(lines.filter(([problem]) => problem === 'true').map(([, text]) => text)).toEqual([
      'Departments without a lead: Legal. Their complaints go to the escalation manager or the advocates.',
      'gone, Deputy of Billing: inactive or unknown in Jira.',
      'Ava Advocate, Advocate of Support: Jira will not let them be assigned complaints in CMP.',
      'In CMP the app lacks these Jira permissions: ASSIGN_ISSUES, LINK_ISSUES.',
      expect.stringMatching(/^Last reminder sweep: .+; 4 complaints handled, 1 failed\.$/) as unknown,
      'Reconciliation of HR has not completed yet.',
      'Messages waiting to be sent: 1. Messages that gave up: 3.',
      expect.stringMatching(/^CMP-7, .+: Jira answered 500$/) as unknown,
      'Complaints in triage, waiting for an advocate to route them: 5.',
    ]);
    expect(lines.filter(([problem]) => problem === 'false').map(([, text]) => text)).toEqual([expect.stringMatching(/^Last reconciliation of CMP: .+; 2 complaints corrected\.$/)]);
  });

  it('says so when all is well, and checks again on request', async () => {
    let answer: HealthReport = HEALTHY;
    const host = await openPage(() => Promise.resolve(answer));
    expect((await findings()).filter(([problem]) => problem === 'true').map(([, text]) => text)).toEqual(['The reminder sweep has not run yet.']);
    answer = { ...HEALTHY, lastSweep: { at: Date.UTC(2026, 2, 2, 9, 0), handled: 0, failed: 0 } };
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText(/^Last reminder sweep/)).toBeTruthy();
    expect(host.calls.filter((c) => c.key === 'admin/health')).toHaveLength(2);
  });

  it('explains a refusal', async () => {
    await openPage(() => Promise.reject(new UiError('FORBIDDEN', 'Only a Jira admin (Administer Jira) can see the app’s health check.')));
    expect(await screen.findByText(/can see the app’s health check/)).toBeTruthy();
  });
});
