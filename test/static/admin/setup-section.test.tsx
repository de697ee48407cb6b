/** @jest-environment jsdom */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { SetupReport } from '../../../src/domain/setup/setup-report';
import { AdminBody } from '../../../static/admin/components/AdminBody';
import { AppShell } from '../../../static/shared/shell/AppShell';
import { UiError } from '../../../static/shared/ui-error';
import { makeContext, makeHost } from '../support/fake-host';
import { adminAnswer } from '../support/admin-answers';
import { renderSurface } from '../support/render-surface';

afterEach(cleanup);

const adminContext = (locale = 'en-US') => makeContext({ locale, extension: { type: 'jira:adminPage' } });

const FINISHED: SetupReport = {
  projectKey: 'CMP',
  startedAt: Date.UTC(2026, 2, 2, 9, 0),
  finishedAt: Date.UTC(2026, 2, 2, 9, 1),
  steps: [
    { step: 'issue-type', outcome: 'already-present', changes: [] },
    { step: 'statuses', outcome: 'created', changes: [{ action: 'created', entity: 'status', name: 'Registered' }] },
    { step: 'fields', outcome: 'failed', changes: [], reason: 'Jira answered 500 to POST /rest/api/3/field' },
  ],
};

const stepItems = () => within(screen.getByRole('list', { name: 'Steps' })).getAllByRole('listitem').filter((li) => li.hasAttribute('data-step'));

describe('Set up project on the admin page', () => {
  it('shows the last run: each step with its outcome, what it changed, and why it failed', async () => {
    const host = makeHost({
      context: adminContext(),
      onCall: (key) => Promise.resolve(key === 'project/setup-status' ? { report: FINISHED } : adminAnswer(key)),
    });
    await renderSurface(AppShell, AdminBody, host);
    await screen.findByRole('list', { name: 'Steps' });
    expect(stepItems().map((li) => [li.dataset.step, li.dataset.outcome])).toEqual([
      ['issue-type', 'already-present'],
      ['statuses', 'created'],
      ['fields', 'failed'],
      ['screens', 'pending'],
      ['workflow', 'pending'],
      ['workflow-scheme', 'pending'],
      ['request-type', 'pending'],
    ]);
    expect(screen.getByText('Created status: Registered')).toBeTruthy();
    expect(screen.getByText('Failed: Jira answered 500 to POST /rest/api/3/field')).toBeTruthy();
    expect(screen.getByText(/Set up stopped at a failed step/)).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Project key' }).value).toBe('CMP');
  });

  it('runs Set up project for the key typed, in capitals, and shows the report it answers', async () => {
    const done: SetupReport = {
      ...FINISHED,
      projectKey: 'HELP',
      steps: FINISHED.steps.map((s) => ({ ...s, outcome: 'already-present' as const, changes: [] })).concat(
        ['screens', 'workflow', 'workflow-scheme', 'request-type'].map((step) => ({ step: step as SetupReport['steps'][number]['step'], outcome: 'already-present' as const, changes: [] })),
      ),
    };
    const host = makeHost({
      context: adminContext(),
      onCall: (key) => Promise.resolve(key === 'project/set-up' ? { report: done } : key === 'project/setup-status' ? { report: null } : adminAnswer(key)),
    });
    await renderSurface(AppShell, AdminBody, host);
    fireEvent.change(screen.getByRole('textbox', { name: 'Project key' }), { target: { value: 'help' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Set up project' }));
      await Promise.resolve();
    });
    expect(host.calls.filter((c) => c.key === 'project/set-up').map((c) => c.request)).toEqual([{ projectKey: 'HELP' }]);
    await screen.findByText('The project is set up. Running it again changes nothing.');
    expect(stepItems().map((li) => li.dataset.outcome)).toEqual(Array(7).fill('already-present'));
  });

  it('refuses a key that is not a project key without calling the resolver', async () => {
    const host = makeHost({ context: adminContext(), onCall: (key) => Promise.resolve(key === 'project/setup-status' ? { report: null } : adminAnswer(key)) });
    await renderSurface(AppShell, AdminBody, host);
    fireEvent.change(screen.getByRole('textbox', { name: 'Project key' }), { target: { value: '1x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set up project' }));
    expect(await screen.findByText(/Enter a project key such as CMP/)).toBeTruthy();
    expect(host.calls.map((c) => c.key)).not.toContain('project/set-up');
  });

  it('shows a clear error when the caller is not a Jira admin', async () => {
    const host = makeHost({
      context: adminContext('uk-UA'),
      onCall: (key) =>
        key === 'project/set-up'
          ? Promise.reject(new UiError('FORBIDDEN', 'Only a Jira admin (Administer Jira) can set up a project.'))
          : Promise.resolve(key === 'project/setup-status' ? { report: null } : adminAnswer(key)),
    });
    await renderSurface(AppShell, AdminBody, host);
    fireEvent.change(screen.getByRole('textbox', { name: 'Ключ проєкту' }), { target: { value: 'CMP' } });
    fireEvent.click(screen.getByRole('button', { name: 'Налаштувати проєкт' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('У вас немає дозволу на цю дію.');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Налаштувати проєкт' }).disabled).toBe(false);
  });

  it('follows a run as it goes: the steps done so far, the one running, the rest waiting', async () => {
    const progress: SetupReport = { ...FINISHED, finishedAt: null, steps: FINISHED.steps.slice(0, 2) };
    let finish: (value: unknown) => void = () => undefined;
    const host = makeHost({
      context: adminContext(),
      onCall: (key) => {
        if (key === 'project/set-up') return new Promise((resolve) => (finish = resolve));
        return Promise.resolve(key === 'project/setup-status' ? { report: host.calls.some((c) => c.key === 'project/set-up') ? progress : null } : adminAnswer(key));
      },
    });
    await renderSurface(AppShell, AdminBody, host);
    fireEvent.change(screen.getByRole('textbox', { name: 'Project key' }), { target: { value: 'CMP' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set up project' }));
    expect(await screen.findByText('Setting up CMP…')).toBeTruthy();
    // The first poll comes after POLL_MS; findBy keeps looking until then.
    await screen.findByText('Created status: Registered', undefined, { timeout: 3000 });
    expect(stepItems().map((li) => li.dataset.outcome)).toEqual(['already-present', 'created', 'running', 'pending', 'pending', 'pending', 'pending']);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Set up project' }).disabled).toBe(true);
    await act(async () => {
      finish({ report: FINISHED });
      await Promise.resolve();
    });
    expect(stepItems()[2]?.dataset.outcome).toBe('failed');
  });

  it('starts the run on the queue and follows its report until the run has finished', async () => {
    const queued: SetupReport = { projectKey: 'CMP', startedAt: FINISHED.startedAt, finishedAt: null, steps: [] };
    const reads = [{ ...FINISHED, finishedAt: null, steps: FINISHED.steps.slice(0, 1) }, FINISHED];
    const host = makeHost({
      context: adminContext(),
      onCall: (key) => {
        if (key === 'project/set-up') return Promise.resolve({ report: queued });
        if (key !== 'project/setup-status') return Promise.resolve(adminAnswer(key));
        return Promise.resolve({ report: host.calls.some((c) => c.key === 'project/set-up') ? (reads.shift() ?? FINISHED) : null });
      },
    });
    await renderSurface(AppShell, AdminBody, host);
    fireEvent.change(screen.getByRole('textbox', { name: 'Project key' }), { target: { value: 'CMP' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set up project' }));
    expect(await screen.findByText('Setting up CMP…')).toBeTruthy();
    await screen.findByText(/Set up stopped at a failed step/, undefined, { timeout: 5000 });
    expect(stepItems()[2]?.dataset.outcome).toBe('failed');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Set up project' }).disabled).toBe(false);
    const polls = host.calls.filter((c) => c.key === 'project/setup-status').length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(host.calls.filter((c) => c.key === 'project/setup-status').length).toBe(polls);
  });

  it('says why a run did not start', async () => {
    const refused: SetupReport = { projectKey: 'TEAM', startedAt: 1, finishedAt: 2, steps: [], refusal: 'Project TEAM is team-managed.' };
    const host = makeHost({ context: adminContext(), onCall: (key) => Promise.resolve(key === 'project/setup-status' ? { report: refused } : adminAnswer(key)) });
    await renderSurface(AppShell, AdminBody, host);
    expect(await screen.findByText('Set up did not start: Project TEAM is team-managed.')).toBeTruthy();
    expect(screen.queryByText(/Set up stopped at a failed step/)).toBeNull();
  });

  it('lists what the admin must still do by hand after a step', async () => {
    const manual: SetupReport = { ...FINISHED, steps: [{ step: 'request-type', outcome: 'created', changes: [], manual: ['portal-group'] }] };
    const host = makeHost({ context: adminContext('ru-RU'), onCall: (key) => Promise.resolve(key === 'project/setup-status' ? { report: manual } : adminAnswer(key)) });
    await renderSurface(AppShell, AdminBody, host);
    expect(await screen.findByText(/добавьте тип запроса «Complaint» в группу портала/)).toBeTruthy();
  });
});
