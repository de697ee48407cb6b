import { AppError } from '../../../src/domain/app-error';
import { defaultConfig, parseConfig } from '../../../src/domain/config/parse-config';

const failure = (input: unknown): AppError => {
  try {
    parseConfig(input);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected parseConfig to reject');
};

describe('defaultConfig', () => {
  it('fills every default of design.md', () => {
    const cfg = defaultConfig();
    expect(cfg.departments).toEqual([]);
    expect(cfg.groups).toEqual({ advocate: 'complaint-advocates', manager: 'complaint-managers' });
    expect(cfg.calendar).toEqual({ timeZone: 'Europe/London', workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '18:00', holidays: [] });
    expect(cfg.policy).toEqual({
      registered: { dueBusinessDays: 1, escalateAfterBusinessDays: 3 },
      inProgress: { remindBeforeBusinessDays: 1, escalateAfterBusinessDays: 2 },
      measuresDone: { dueBusinessDays: 2, escalateAfterBusinessDays: 5 },
      overall: { preset: 'none', escalateAtShare: 0.8 },
    });
    expect(cfg.currency).toBe('EUR');
    expect(cfg.repeatWindowDays).toBe(30);
    expect(cfg.showPeopleOnDashboard).toBe(false);
  });

  it('takes a repeat window of 1 to 365 whole days', () => {
    expect(parseConfig({ repeatWindowDays: 7 }).repeatWindowDays).toBe(7);
    expect(failure({ repeatWindowDays: 0 }).fields.map((f) => f.path)).toEqual(['repeatWindowDays']);
    expect(failure({ repeatWindowDays: 1.5 }).fields.map((f) => f.path)).toEqual(['repeatWindowDays']);
  });

  it('treats a missing stored configuration as the defaults', () => {
    expect(parseConfig(undefined)).toEqual(defaultConfig());
  });

  it('fills department defaults', () => {
    expect(parseConfig({ departments: [{ id: 'billing', name: 'Billing' }] }).departments[0]).toEqual({
      id: 'billing',
      name: 'Billing',
      leadAccountId: null,
      deputyAccountId: null,
      away: false,
      escalationManagerAccountId: null,
      advocateAccountId: null,
      componentId: null,
    });
  });
});

describe('parseConfig rejects bad configuration, naming each field', () => {
  it.each([
    { input: { departments: [{ id: 'Billing Dept', name: 'Billing' }] }, path: 'departments.0.id', message: 'must be lowercase letters, digits and dashes, at most 40' },
    { input: { departments: [{ id: 'triage', name: 'Triage' }] }, path: 'departments.0.id', message: '"triage" is reserved for complaints without a department' },
    { input: { departments: [{ id: 'billing', name: '  ' }] }, path: 'departments.0.name', message: 'must not be empty' },
    { input: { departments: [{ id: 'billing', name: 'Billing', componentId: 'abc' }] }, path: 'departments.0.componentId', message: 'must be a Jira component id' },
    { input: { departments: [{ id: 'billing', name: 'Billing', leadAccountId: '' }] }, path: 'departments.0.leadAccountId', message: 'must be a Jira account id' },
    { input: { departments: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] }, path: 'departments.1.id', message: 'repeats department 1' },
    { input: { departments: [{ id: 'a', name: 'Same' }, { id: 'b', name: 'same' }] }, path: 'departments.1.name', message: 'repeats department 1' },
    { input: { groups: { advocate: '', manager: 'm' } }, path: 'groups.advocate', message: 'must name a Jira group' },
    { input: { calendar: { timeZone: 'Mars/Olympus' } }, path: 'calendar.timeZone', message: 'must be an IANA time zone such as Europe/Kyiv' },
    { input: { calendar: { workingDays: [] } }, path: 'calendar.workingDays', message: 'at least one working day is needed' },
    { input: { calendar: { workingDays: [1, 1] } }, path: 'calendar.workingDays', message: 'must not repeat a day' },
    { input: { calendar: { dayStart: '9:00' } }, path: 'calendar.dayStart', message: 'must be a time as HH:MM' },
    { input: { calendar: { dayStart: '18:00', dayEnd: '09:00' } }, path: 'calendar.dayEnd', message: 'the working day must end after it starts' },
    { input: { calendar: { holidays: ['2026-13-01'] } }, path: 'calendar.holidays.0', message: 'must be a date as YYYY-MM-DD' },
    { input: { policy: { overall: { preset: 'custom' } } }, path: 'policy.overall.customFinalResponseDays', message: 'a custom preset needs its final-response limit in days' },
    { input: { currency: 'euro' }, path: 'currency', message: 'must be an ISO 4217 code such as EUR' },
  ])('$path: $message', ({ input, path, message }) => {
    const error = failure(input);
    expect(error.code).toBe('INVALID_CONFIG');
    expect(error.fields).toContainEqual({ path, message });
    expect(error.message).toContain(`${path} ${message}`);
  });

  it('judges each time zone the same however often it is checked: valid ones are remembered, others never', () => {
    for (let i = 0; i < 3; i += 1) {
      expect(parseConfig({ calendar: { timeZone: 'America/New_York' } }).calendar.timeZone).toBe('America/New_York');
      expect(failure({ calendar: { timeZone: 'America/Nowhere' } }).fields).toContainEqual({ path: 'calendar.timeZone', message: 'must be an IANA time zone such as Europe/Kyiv' });
    }
  });

  it('reports every bad field at once', () => {
    const error = failure({ currency: 'x', groups: { advocate: '', manager: '' } });
    expect(error.fields.map((f) => f.path).sort()).toEqual(['currency', 'groups.advocate', 'groups.manager']);
  });

  it('rejects a value of the wrong type', () => {
    expect(failure({ departments: 'billing' }).fields[0]?.path).toBe('departments');
    expect(failure(42).fields[0]?.path).toBe('(root)');
  });

  it('accepts a custom preset with its limit and the other presets without', () => {
    expect(parseConfig({ policy: { overall: { preset: 'custom', customFinalResponseDays: 30 } } }).policy.overall).toEqual({
      preset: 'custom',
      customFinalResponseDays: 30,
      escalateAtShare: 0.8,
    });
    expect(parseConfig({ policy: { overall: { preset: 'fca' } } }).policy.overall.preset).toBe('fca');
  });
});
