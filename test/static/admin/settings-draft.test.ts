import { hasProblem, keyOf, newDepartment, numberOrText, toSubmit } from '../../../static/admin/settings-draft';
import { ADMIN_CONFIG } from '../support/admin-answers';

describe('settings draft helpers', () => {
  it.each([
    ['Billing', 'billing'],
    ['  Customer Care & Returns ', 'customer-care-returns'],
    ['Café Crème', 'cafe-creme'],
    ['Отдел', ''],
    ['a'.repeat(39) + ' b', 'a'.repeat(39)],
  ])('makes the key of %j as %j', (name, key) => {
    expect(keyOf(name)).toBe(key);
  });

  it('gives a new department without a key one from its name, and leaves keys already set', () => {
    const draft = { ...ADMIN_CONFIG, departments: [...ADMIN_CONFIG.departments, { ...newDepartment(), name: 'Returns' }, { ...newDepartment(), id: 'own', name: 'Other' }] };
    expect(toSubmit(draft).departments.map((d) => d.id)).toEqual(['billing', 'support', 'returns', 'own']);
  });

  it('finds a problem at a field or inside it, not at a field that only starts alike', () => {
    const issues = [{ path: 'calendar.holidays.1', message: 'x' }];
    expect([hasProblem(issues, 'calendar.holidays'), hasProblem(issues, 'calendar.holidays.1'), hasProblem(issues, 'calendar.holiday')]).toEqual([true, true, false]);
  });

  it('reads a number, and leaves text that is none as it is for the save to name', () => {
    expect([numberOrText(' 3 '), numberOrText('0.8'), numberOrText('one'), numberOrText('')]).toEqual([3, 0.8, 'one', '']);
  });
});
