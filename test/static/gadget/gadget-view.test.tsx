/** @jest-environment jsdom */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { GadgetFigures } from '../../../src/contracts/resolver-contracts';
import { computeDashboard } from '../../../src/domain/metrics/compute-dashboard';
import { GadgetBody } from '../../../static/gadget/components/GadgetBody';
import { AppShell } from '../../../static/shared/shell/AppShell';
import { UiError } from '../../../static/shared/ui-error';
import { CA_ONLY, DATASET, MARCH_SETTINGS, MEASURES, NOW } from '../../domain/metrics/metrics-dataset';
import { makeContext, makeHost } from '../support/fake-host';
import { renderSurface } from '../support/render-surface';

/*
 * The view mode over the fixed data set of the metric tests: project CA in March 2024, every
 * figure worked out by hand there (compute-dashboard.test.ts).
 */
const FIGURES = computeDashboard(DATASET, { ...CA_ONLY, ...MARCH_SETTINGS }, MEASURES, NOW);
const IDS = { issueTypeId: '10010', statusIds: { registered: '1', in_progress: '3', measures_done: '10002', closed: '6' }, departmentFieldId: 'customfield_10050' };
const VIEW: GadgetFigures = { figures: FIGURES, departmentNames: { billing: 'Billing', support: 'Support' }, search: IDS };
const SAVED = { projects: ['CA'], periodMonths: 1, departments: [] };

const blobs: Blob[] = [];
beforeAll(() => {
  // jsdom has no Blob URLs; the gadget's export needs one, and the test reads the Blob behind it.
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return `blob:gadget/${String(blobs.length)}`;
  };
  URL.revokeObjectURL = () => undefined;
});
afterEach(cleanup);

// jsdom's Blob has no text(); its FileReader reads one.
const readText = (blob: Blob | undefined): Promise<string> =>
  new Promise((resolve, reject) => {
    if (blob === undefined) {
      reject(new Error('No Blob was made'));
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.readAsText(blob);
  });

const showView = async (answer: () => Promise<unknown> = () => Promise.resolve(VIEW), locale = 'en-GB') => {
  const host = makeHost({
    context: makeContext({ locale, timezone: 'Europe/London', extension: { type: 'jira:dashboardGadget', gadgetConfiguration: SAVED } }),
    onCall: (key) => (key === 'gadget/figures' ? answer() : Promise.resolve({ language: null })),
  });
  await renderSurface(AppShell, GadgetBody, host);
  return host;
};

/** The cells of the row headed `label` in the table captioned `caption`. */
const rowOf = (caption: string, label: string): string[] => {
  const table = screen.getByRole('table', { name: caption });
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const row = within(table).getByRole('row', { name: new RegExp(`^${escaped}( |$)`) });
  return within(row).getAllByRole('cell').map((cell) => cell.textContent);
};

describe('gadget view mode', () => {
  it('asks for the saved settings’ figures once and shows every figure as the domain computed it', async () => {
    const host = await showView();
    await screen.findByRole('table', { name: 'Open, by status' });
    expect(host.calls.filter((c) => c.key === 'gadget/figures')).toEqual([{ key: 'gadget/figures', request: { projectKeys: ['CA'], periodMonths: 1, departmentIds: [] } }]);
    expect(rowOf('Open, by status', 'Registered')).toEqual(['1']);
    expect(rowOf('Open, by status', 'Open')).toEqual(['3']);
    expect(rowOf('Open, by status', 'Overdue now')).toEqual(['1']);
    expect(rowOf('Open, by status', 'Escalated now')).toEqual(['2']);
    expect(rowOf('Open, by department', 'Support')).toEqual(['2']);
    expect(rowOf('Open, by department', 'Triage (no department)')).toEqual(['1']);
    expect(rowOf('Registered and closed', 'Registered')).toEqual(['9']);
    expect(rowOf('Registered and closed', 'Closed')).toEqual(['6']);
    expect(rowOf('Time taken, business days', 'To close, median')).toEqual(['7']);
    expect(rowOf('Time taken, business days', 'To first action, 90th percentile')).toEqual(['3']);
    expect(rowOf('Customer satisfaction', 'Average satisfaction')).toEqual(['3.8']);
    expect(rowOf('Customer satisfaction', 'Scored 4 or 5')).toEqual(['60%']);
    expect(rowOf('Satisfaction scores', '5')).toEqual(['2']);
    expect(rowOf('Returns, reopens and follow-ups', 'Reopens per closed complaint')).toEqual(['0.33']);
    expect(rowOf('Compensation, by department', 'Billing')).toEqual(['£150.00']);
    expect(rowOf('Compensation, by department', 'Compensation in total')).toEqual(['£175.50']);
    expect(rowOf('Month by month', 'Mar 2024')).toEqual(['9', '6', '3.8']);
    expect(rowOf('Top subjects', 'Card payments')).toEqual(['3']);
    expect(rowOf('ISO 10002 evidence', 'Acknowledged within target')).toEqual(['5', '7', '71%']);
    expect(rowOf('Repeat complaints', 'Repeats among registered')).toEqual(['33%']);
    // Each chart is a picture of a table, named as such.
    expect(screen.getByRole('img', { name: 'Chart of the table "Month by month"' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Chart of the table "Satisfaction scores"' })).toBeTruthy();
  });

  it('links a figure to the Jira search of its complaints and opens it through the host, overdue through complaintFigure', async () => {
    const host = await showView();
    const table = await screen.findByRole('table', { name: 'Registered and closed' });
    const registered = within(table).getByRole('link', { name: '9' });
    const jql = 'project in ("CA") AND issuetype = 10010 AND created >= "2024-03-01 00:00" AND created < "2024-04-01 00:00" AND NOT resolution = Duplicate';
    expect(registered.getAttribute('href')).toBe(`https://example.atlassian.net/issues/?jql=${encodeURIComponent(jql)}`);
    expect(registered.getAttribute('aria-describedby')).toBe('gadget-link-hint');
    expect(document.getElementById('gadget-link-hint')?.textContent).toBe('Opens the list of these complaints in Jira');
    fireEvent.click(registered);
    expect(host.navigated).toEqual([`/issues/?jql=${encodeURIComponent(jql)}`]);
    const overdue = within(screen.getByRole('table', { name: 'Open, by status' })).getByRole('row', { name: /^Overdue now/ });
    // The view's own moment and configuration, so the search lists exactly what the gadget counted.
    const overdueJql = 'issue in complaintFigure("overdue", "2024-04-02T12:00:00.000Z", "CA", "")';
    expect(within(overdue).getByRole('link').getAttribute('href')).toBe(`https://example.atlassian.net/issues/?jql=${encodeURIComponent(overdueJql)}`);
    const firstAction = within(screen.getByRole('table', { name: 'Time taken, business days' })).getByRole('row', { name: /^To first action, median/ });
    const firstActionJql = 'issue in complaintFigure("firstAction", "2024-03-01T00:00:00.000Z/2024-03-31T23:00:00.000Z", "CA", "")';
    expect(within(firstAction).getByRole('link').getAttribute('href')).toBe(`https://example.atlassian.net/issues/?jql=${encodeURIComponent(firstActionJql)}`);
  });

  it('shows the figures without links, and says why, before Set up project ran in the projects', async () => {
    await showView(() => Promise.resolve({ ...VIEW, search: null }));
    await screen.findByRole('table', { name: 'Registered and closed' });
    expect(screen.queryAllByRole('link').map((a) => a.textContent)).toEqual(['Download the monthly review (CSV)']);
    expect(screen.getByText('Links to Jira appear once Set up project has run in one of these projects.')).toBeTruthy();
  });

  it('exports the monthly review as a CSV file in the reader’s language', async () => {
    await showView(undefined, 'uk-UA');
    const download = await screen.findByRole('link', { name: 'Завантажити щомісячний огляд (CSV)' });
    expect(download.getAttribute('download')).toBe('ohliad-skarh-2024-03-01-2024-03-31.csv');
    const blob = blobs.at(-1);
    expect(download.getAttribute('href')).toBe(`blob:gadget/${String(blobs.length)}`);
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    const text = await readText(blob);
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Показник,Розбивка,Значення');
    expect(lines).toContain('Зареєстровано,,9');
    expect(lines).toContain('"Компенсації, за відділами",Billing,150');
    expect(lines).toContain('Взяті в роботу вчасно,Частка,0.7143');
    expect(lines).toContain('Розподіл оцінок,5,2');
  });

  it('shows a translated error when the figures cannot be had', async () => {
    await showView(() => Promise.reject(new UiError('FORBIDDEN', 'You may not browse project CA')));
    expect(await screen.findByText('You do not have permission to do this.')).toBeTruthy();
  });

  it('asks to be configured when nothing valid is saved, in the user language, without a call', async () => {
    const host = makeHost({ context: makeContext({ locale: 'uk-UA', extension: { type: 'jira:dashboardGadget', entryPoint: 'view', gadgetConfiguration: { projects: [] } } }) });
    await renderSurface(AppShell, GadgetBody, host);
    expect(screen.getByRole('heading', { level: 1, name: 'Огляд скарг' })).toBeTruthy();
    expect(screen.getByText('Гаджет ще не налаштовано. Відкрийте його налаштування та виберіть проєкти, період і відділи.')).toBeTruthy();
    await act(() => Promise.resolve());
    expect(host.calls.map((c) => c.key)).not.toContain('gadget/figures');
  });
});
