/** @jest-environment jsdom */
import axe from 'axe-core';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { AppConfig } from '../../../src/contracts/resolver-contracts';
import { AppError } from '../../../src/domain/app-error';
import { parseSubmittedConfig } from '../../../src/domain/config/parse-config';
import { AdminBody } from '../../../static/admin/components/AdminBody';
import { AppShell } from '../../../static/shared/shell/AppShell';
import { UiError } from '../../../static/shared/ui-error';
import { ADMIN_CONFIG, adminAnswer } from '../support/admin-answers';
import { makeContext, makeHost } from '../support/fake-host';
import { renderSurface } from '../support/render-surface';

afterEach(cleanup);

/** The admin page whose resolvers answer `answers` first, then as adminAnswer does; config/save echoes what it was given. */
const openPage = async (answers: Record<string, (request: unknown) => Promise<unknown>> = {}, locale = 'en-US') => {
  const host = makeHost({
    context: makeContext({ locale, extension: { type: 'jira:adminPage' } }),
    onCall: (key, request) => {
      const answer = answers[key];
      if (answer !== undefined) return answer(request);
      if (key === 'config/save') return Promise.resolve({ config: (request as { config: AppConfig }).config, setupRequested: [] });
      return Promise.resolve(adminAnswer(key));
    },
  });
  await renderSurface(AppShell, AdminBody, host);
  await screen.findByRole('form');
  return host;
};

const department = (name: string) => screen.getByRole('listitem', { name });
const savedConfig = (host: Awaited<ReturnType<typeof openPage>>): AppConfig => {
  const saves = host.calls.filter((c) => c.key === 'config/save');
  return (saves[saves.length - 1]?.request as { config: AppConfig }).config;
};
/** config/save as the resolver answers it: the configuration parsed by the real schema, or its field issues. */
const saveBySchema = (request: unknown): Promise<unknown> => {
  try {
    return Promise.resolve({ config: parseSubmittedConfig((request as { config: unknown }).config), setupRequested: [] });
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return Promise.reject(new UiError('INVALID_INPUT', e.message, { fields: e.fields }));
  }
};
/** A department's component select, once the components are read. */
const waitForChoice = (name: string) => within(department(name)).findByRole<HTMLSelectElement>('combobox', { name: 'Jira component' });
const componentOf = (name: string) => within(department(name)).getByRole<HTMLSelectElement>('combobox', { name: 'Jira component' });
const save = () => {
  fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
};

describe('the settings form', () => {
  it("shows each department's people by name, and saves a new lead found by name, keeping everything else", async () => {
    const host = await openPage({ 'users/search': () => Promise.resolve({ users: [{ accountId: 'sofia', displayName: 'Sofia Stone' }] }) });
    const billing = within(department('Billing'));
    const lead = within(billing.getByRole('group', { name: 'Lead' }));
    expect(lead.getByText('Boris Belov')).toBeTruthy();
    expect(within(billing.getByRole('group', { name: 'Deputy' })).getByText('Daria Deputy')).toBeTruthy();
    expect(within(within(department('Support')).getByRole('group', { name: 'Lead' })).getByText('Nobody chosen')).toBeTruthy();

    fireEvent.change(lead.getByRole('searchbox', { name: 'Find a person: Lead' }), { target: { value: 'sof' } });
    fireEvent.keyDown(lead.getByRole('searchbox'), { key: 'Enter' });
    fireEvent.click(await lead.findByRole('button', { name: 'Sofia Stone' }));
    expect(lead.getByText('Sofia Stone')).toBeTruthy();
    expect(host.calls.find((c) => c.key === 'users/search')?.request).toEqual({ query: 'sof' });
    expect(host.calls.some((c) => c.key === 'config/save')).toBe(false);

    save();
    expect(await screen.findByText('Settings saved. New complaints follow them at once.')).toBeTruthy();
    const [first, ...rest] = ADMIN_CONFIG.departments;
    expect(savedConfig(host)).toEqual({ ...ADMIN_CONFIG, departments: [{ ...first, leadAccountId: 'sofia' }, ...rest] });
  });

  it('says when a search finds nobody, and when it fails', async () => {
    let fail = false;
    await openPage({ 'users/search': () => (fail ? Promise.reject(new UiError('JIRA_ERROR', 'down')) : Promise.resolve({ users: [] })) });
    const lead = within(within(department('Support')).getByRole('group', { name: 'Lead' }));
    fireEvent.change(lead.getByRole('searchbox'), { target: { value: 'zz' } });
    fireEvent.click(lead.getByRole('button', { name: 'Find' }));
    expect(await lead.findByText(/Nobody found/)).toBeTruthy();
    fail = true;
    fireEvent.click(lead.getByRole('button', { name: 'Find' }));
    expect(await lead.findByText('The search did not work. Try again.')).toBeTruthy();
  });

  it('clears a person, removes a department, and adds one whose key is made from its name', async () => {
    const host = await openPage();
    const billing = within(department('Billing'));
    fireEvent.click(within(billing.getByRole('group', { name: 'Deputy' })).getByRole('button', { name: 'Clear' }));
    fireEvent.click(within(department('Support')).getByRole('button', { name: 'Remove Support' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a department' }));
    const added = within(department('New department'));
    fireEvent.change(added.getByRole('textbox', { name: 'Name' }), { target: { value: 'Complaints Desk' } });
    fireEvent.click(within(department('Complaints Desk')).getByRole('checkbox', { name: /The lead is away/ }));
    save();
    await screen.findByText(/Settings saved/);
    expect(savedConfig(host).departments).toEqual([
      { ...ADMIN_CONFIG.departments[0], deputyAccountId: null },
      { id: 'complaints-desk', name: 'Complaints Desk', leadAccountId: null, deputyAccountId: null, away: true, escalationManagerAccountId: null, advocateAccountId: null, componentId: null },
    ]);
    // Saved, its key is fixed.
    expect(within(department('Complaints Desk')).getByText('Key: complaints-desk')).toBeTruthy();
  });

  it('marks each field the save rejects, next to it, keeps the draft, and says nothing was saved', async () => {
    const fields = [
      { path: 'departments.0.name', message: 'repeats department 2' },
      { path: 'calendar.holidays.1', message: 'must be a date as YYYY-MM-DD' },
      { path: 'policy.registered.dueBusinessDays', message: 'Invalid input: expected number, received string' },
      { path: 'currency', message: 'must be an ISO 4217 code such as EUR' },
    ];
    const host = await openPage({ 'config/save': () => Promise.reject(new UiError('INVALID_INPUT', 'Configuration is invalid', { fields })) });
    fireEvent.change(screen.getByRole('textbox', { name: 'Holidays' }), { target: { value: '2026-12-25, 26/12/2026' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Registered: the lead starts work/ }), { target: { value: 'one' } });
    save();
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing was saved: 4 settings need correcting. Each is marked next to its field.');
    const sent = savedConfig(host);
    expect(sent.calendar.holidays).toEqual(['2026-12-25', '26/12/2026']);
    expect(sent.policy.registered.dueBusinessDays).toBe('one');

    const invalid = Array.from(document.querySelectorAll('[aria-invalid="true"]')).map((el) => el.getAttribute('aria-describedby'));
    expect(invalid).toHaveLength(4);
    const messages = invalid.map((ids) => document.getElementById(ids?.split(' ').pop() ?? '')?.textContent);
    expect(messages).toEqual([
      'Enter a name of up to 100 characters that no other department has.',
      'Enter real dates as YYYY-MM-DD, separated by commas.',
      'Enter a whole number of business days from 0 to 365.',
      'Enter a three-letter ISO 4217 code such as EUR.',
    ]);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Holidays' }).value).toBe('2026-12-25, 26/12/2026');
    expect(screen.queryByText(/Settings saved/)).toBeNull();
  });

  it('edits the calendar, the groups, the preset and the currency, sending numbers as numbers', async () => {
    const host = await openPage({ 'config/save': (request) => Promise.resolve({ config: (request as { config: AppConfig }).config, setupRequested: ['CMP'] }) });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Monday' }));
    // A text input with suggestions is a combobox: any zone can be typed, the browser's own are offered.
    const zone = screen.getByRole<HTMLInputElement>('combobox', { name: 'Time zone' });
    expect(Array.from(zone.list?.options ?? []).map((o) => o.value)).toEqual(expect.arrayContaining(['Europe/London', 'America/New_York']));
    fireEvent.change(zone, { target: { value: 'Europe/Kyiv' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Working day ends' }), { target: { value: '17:30' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Manager group' }), { target: { value: 'bosses' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Regulatory preset' }), { target: { value: 'custom' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Final-response limit, calendar days' }), { target: { value: '30' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Alert managers at this share of the limit' }), { target: { value: '0.75' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Currency of compensation' }), { target: { value: 'gbp' } });
    save();
    expect(await screen.findByText('Settings saved. Set up project runs again on CMP, so Jira follows the new groups and departments.')).toBeTruthy();
    const sent = savedConfig(host);
    expect(sent.calendar).toEqual({ ...ADMIN_CONFIG.calendar, timeZone: 'Europe/Kyiv', workingDays: [2, 3, 4, 5, 6], dayEnd: '17:30' });
    expect(sent.groups).toEqual({ advocate: 'complaint-advocates', manager: 'bosses' });
    expect(sent.policy.overall).toEqual({ preset: 'custom', customFinalResponseDays: 30, escalateAtShare: 0.75 });
    expect(sent.currency).toBe('GBP');
  });

  it("imports a project's components in one click, as departments to check and save, and says what it did", async () => {
    const components = [
      { id: '10000', name: 'Billing', lead: { accountId: 'boris', displayName: 'Boris Belov' } },
      { id: '10002', name: 'Delivery', lead: { accountId: 'dmytro', displayName: 'Dmytro Danko' } },
    ];
    const host = await openPage({ 'project/components': () => Promise.resolve({ components }) });
    fireEvent.click(screen.getByRole('button', { name: 'Import departments from the components of CMP' }));
    expect(await screen.findByText('From CMP: 1 new departments and 0 linked to their components. Check them, then save.')).toBeTruthy();
    expect(host.calls.find((c) => c.key === 'project/components')?.request).toEqual({ projectKey: 'CMP' });
    expect(within(within(department('Delivery')).getByRole('group', { name: 'Lead' })).getByText('Dmytro Danko')).toBeTruthy();
    expect(host.calls.some((c) => c.key === 'config/save')).toBe(false);
    save();
    await screen.findByText(/Settings saved/);
    expect(savedConfig(host).departments.map((d) => [d.id, d.leadAccountId, d.componentId])).toEqual([
      ['billing', 'boris', '10000'],
      ['support', null, null],
      ['delivery', 'dmytro', '10002'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Import departments from the components of CMP' }));
    expect(await screen.findByText('Every component of CMP is a department already.')).toBeTruthy();
  });

  it('shows why an import failed', async () => {
    await openPage({ 'project/components': () => Promise.reject(new UiError('NOT_FOUND', "No project could be found with key 'CMP'.")) });
    fireEvent.click(screen.getByRole('button', { name: 'Import departments from the components of CMP' }));
    expect(await screen.findByText(/No project could be found/)).toBeTruthy();
  });

  it('asks for Set up project before an import when no project is set up', async () => {
    await openPage({ 'config/get': () => Promise.resolve({ ...(adminAnswer('config/get') as object), projects: [] }) });
    expect(screen.getByText('Run Set up project on a project to import departments from its components.')).toBeTruthy();
  });

  it('in Russian names the weekdays and the fields in Russian', async () => {
    await openPage({}, 'ru-RU');
    expect(screen.getByRole('checkbox', { name: 'суббота' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Сохранить настройки' })).toBeTruthy();
    expect(within(department('Billing')).getByRole('group', { name: 'Руководитель' })).toBeTruthy();
  });

  it('explains a failed load and loads again on request', async () => {
    let refuse = true;
    const host = makeHost({
      context: makeContext({ extension: { type: 'jira:adminPage' } }),
      onCall: (key) => (key === 'config/get' && refuse ? Promise.reject(new UiError('FORBIDDEN', 'Only a Jira admin')) : Promise.resolve(adminAnswer(key))),
    });
    await renderSurface(AppShell, AdminBody, host);
    expect(await screen.findByText(/Only a Jira admin/)).toBeTruthy();
    refuse = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Save settings' })).toBeTruthy();
  });

  it('shows an error that is not about fields as an error, keeping the form', async () => {
    await openPage({ 'config/save': () => Promise.reject(new UiError('STORE_ERROR', 'KVS down')) });
    save();
    expect(await screen.findByText(/KVS down/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeTruthy();
  });

  it('saves the repeat window and the retention as numbers, and marks them when the schema rejects them', async () => {
    const host = await openPage({ 'config/save': saveBySchema });
    const window = screen.getByRole<HTMLInputElement>('textbox', { name: 'Repeat-complaint window, days' });
    const retention = screen.getByRole<HTMLInputElement>('textbox', { name: 'Retention of closed complaints, months' });
    expect([window.value, retention.value]).toEqual(['30', '6']);
    fireEvent.change(window, { target: { value: '400' } });
    fireEvent.change(retention, { target: { value: '3' } });
    save();
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing was saved: 2 settings need correcting. Each is marked next to its field.');
    expect(window.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(window.getAttribute('aria-describedby')?.split(' ').pop() ?? '')?.textContent).toBe('Enter a whole number of days from 1 to 365.');
    expect(document.getElementById(retention.getAttribute('aria-describedby')?.split(' ').pop() ?? '')?.textContent).toBe('Enter a whole number of months from 6 to 120.');

    fireEvent.change(window, { target: { value: '60' } });
    fireEvent.change(retention, { target: { value: '24' } });
    save();
    await screen.findByText(/Settings saved/);
    expect(savedConfig(host)).toEqual({ ...ADMIN_CONFIG, repeatWindowDays: 60, retentionMonths: 24 });
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
  });

  it("offers the set-up projects' components as the departments' choice, and saves the one chosen", async () => {
    const host = await openPage();
    const billing = await waitForChoice('Billing');
    expect(billing.value).toBe('10000');
    expect(Array.from(billing.querySelectorAll('optgroup')).map((g) => [g.label, Array.from(g.querySelectorAll('option')).map((o) => o.textContent)])).toEqual([['CMP', ['Billing', 'Support desk']]]);
    expect(componentOf('Support').value).toBe('');
    fireEvent.change(componentOf('Support'), { target: { value: '10001' } });
    fireEvent.change(billing, { target: { value: '' } });
    save();
    await screen.findByText(/Settings saved/);
    expect(savedConfig(host).departments.map((d) => [d.id, d.componentId])).toEqual([
      ['billing', null],
      ['support', '10001'],
    ]);
    expect(host.calls.filter((c) => c.key === 'project/components').map((c) => c.request)).toEqual([{ projectKey: 'CMP' }]);
  });

  it('keeps a component that no project set up has, offered as it is', async () => {
    const config = { ...ADMIN_CONFIG, departments: ADMIN_CONFIG.departments.map((d) => (d.id === 'support' ? { ...d, componentId: '99999' } : d)) };
    const host = await openPage({ 'config/get': () => Promise.resolve({ ...(adminAnswer('config/get') as object), config }) });
    await waitForChoice('Billing');
    const support = componentOf('Support');
    expect([support.value, support.selectedOptions[0]?.textContent]).toEqual(['99999', 'Component 99999, not in a project set up']);
    save();
    await screen.findByText(/Settings saved/);
    expect(savedConfig(host).departments.map((d) => d.componentId)).toEqual(['10000', '99999']);
  });

  it("falls back to the component's id, kept as it is, when the components cannot be read", async () => {
    const host = await openPage({ 'project/components': () => Promise.reject(new UiError('JIRA_ERROR', 'down')) });
    const billing = within(department('Billing'));
    await billing.findByText(/could not be read just now/);
    const id = billing.getByRole<HTMLInputElement>('textbox', { name: 'Jira component id' });
    expect(id.value).toBe('10000');
    expect(billing.queryByRole('combobox')).toBeNull();
    fireEvent.change(within(department('Support')).getByRole('textbox', { name: 'Jira component id' }), { target: { value: ' 10001 ' } });
    save();
    await screen.findByText(/Settings saved/);
    expect(savedConfig(host).departments.map((d) => d.componentId)).toEqual(['10000', '10001']);
  });
});

describe('the triage suggestion settings', () => {
  const section = () => within(screen.getByRole('region', { name: 'Triage suggestion' }));
  const toggle = () => section().getByRole<HTMLInputElement>('checkbox', { name: 'Route automatically when the app is confident' });
  const threshold = () => section().getByRole<HTMLInputElement>('textbox', { name: 'Confidence needed to route automatically, %' });
  const describedBy = (element: HTMLElement) => (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);

  it('starts off at 90%, explains what turning it on does, and saves the percentage as the share the config keeps', async () => {
    const host = await openPage({ 'config/save': saveBySchema });
    expect(toggle().checked).toBe(false);
    expect(describedBy(toggle())).toEqual([expect.stringContaining('says so in its history and in its message, and an advocate can still re-route it')]);
    expect(threshold().value).toBe('90');

    fireEvent.click(toggle());
    fireEvent.change(threshold(), { target: { value: '75' } });
    save();
    await screen.findByText(/Settings saved/);
    expect(savedConfig(host)).toEqual({ ...ADMIN_CONFIG, triage: { autoRoute: true, threshold: 0.75 } });
  });

  it.each(['40', '99.5', 'high'])('marks a threshold of %s that the schema rejects next to the field, and saves nothing', async (typed) => {
    await openPage({ 'config/save': saveBySchema });
    fireEvent.change(threshold(), { target: { value: typed } });
    save();
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing was saved: 1 settings need correcting. Each is marked next to its field.');
    expect(threshold().getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(threshold()).at(-1)).toBe('Enter a percentage from 50 to 99.');
    expect(screen.queryByText(/Settings saved/)).toBeNull();
  });

  it.each([
    ['ru-RU', 'Подсказка при разборе', 'Направлять автоматически, когда приложение уверено', 'Введите процент от 50 до 99.'],
    ['uk-UA', 'Підказка під час розбору', 'Спрямовувати автоматично, коли застосунок упевнений', 'Введіть відсоток від 50 до 99.'],
  ])('in %s reads in that language and has no serious axe violations, with an error shown', async (locale, title, toggleName, invalid) => {
    await openPage({ 'config/save': saveBySchema }, locale);
    const triage = within(screen.getByRole('region', { name: title }));
    expect(triage.getByRole('checkbox', { name: toggleName })).toBeTruthy();
    fireEvent.change(triage.getByRole('textbox'), { target: { value: '30' } });
    fireEvent.submit(screen.getByRole('form'));
    expect(await triage.findByText(invalid)).toBeTruthy();
    // jsdom draws nothing, so contrast is left to the browser tests; structure, names and roles are checked here.
    const result = await axe.run(screen.getByRole('region', { name: title }), { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
