import type { AppConfig } from '../../../src/domain/config/app-config.schema';
import { parseConfig } from '../../../src/domain/config/parse-config';
import { needsSetupAgain } from '../../../src/domain/config/setup-relevant-change';

const base = parseConfig({ departments: [{ id: 'billing', name: 'Billing', leadAccountId: 'lead-1' }] });
const [billing] = base.departments as [AppConfig['departments'][number]];

describe('whether a new configuration needs Set up project again', () => {
  it.each([
    ['the advocate group', { ...base, groups: { ...base.groups, advocate: 'champions' } }],
    ['the manager group', { ...base, groups: { ...base.groups, manager: 'bosses' } }],
    ['a department renamed', { ...base, departments: [{ ...billing, name: 'Payments' }] }],
    ['a department added', { ...base, departments: [...base.departments, { ...billing, id: 'support', name: 'Support' }] }],
  ])('does when %s changes, since Jira holds it', (_what, after) => {
    expect(needsSetupAgain(base, after)).toBe(true);
  });

  it.each([
    ['the lead', { ...base, departments: [{ ...billing, leadAccountId: 'lead-2' }] }],
    ['the calendar', { ...base, calendar: { ...base.calendar, dayEnd: '17:00' } }],
    ['the currency', { ...base, currency: 'GBP' }],
  ])('does not when only %s changes, which the app reads at run time', (_what, after) => {
    expect(needsSetupAgain(base, after)).toBe(false);
  });
});
