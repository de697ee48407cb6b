import { hasProblem, type Department, keyOf, newDepartment, numberOrText, toSubmit, withComponents } from '../../../static/admin/settings-draft';
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

describe('importing components as departments', () => {
  const components = [
    { id: '10000', name: 'Billing', lead: { accountId: 'boris', displayName: 'Boris Belov' } },
    { id: '10001', name: 'support', lead: { accountId: 'sofia', displayName: 'Sofia Stone' } },
    { id: '10002', name: 'Delivery', lead: { accountId: 'dmytro', displayName: 'Dmytro Danko' } },
    { id: '10003', name: 'Legal', lead: null },
  ];

  it('leaves a linked department, links one of the same name filling its missing lead, and adds the rest with their component leads', () => {
    const { departments, added, linked } = withComponents(ADMIN_CONFIG.departments, components);
    expect([added, linked]).toEqual([2, 1]);
    expect(departments[0]).toEqual(ADMIN_CONFIG.departments[0]);
    expect(departments[1]).toEqual({ ...ADMIN_CONFIG.departments[1], componentId: '10001', leadAccountId: 'sofia' });
    expect(departments.slice(2)).toEqual([
      { ...newDepartment(), name: 'Delivery', leadAccountId: 'dmytro', componentId: '10002' },
      { ...newDepartment(), name: 'Legal', componentId: '10003' },
    ]);
  });

  it('adds nothing the second time', () => {
    const once = withComponents(ADMIN_CONFIG.departments, components).departments;
    expect(withComponents(once, components)).toEqual({ departments: once, added: 0, linked: 0 });
  });

  it('keeps the lead a named department already has, and does not relink one linked to another component', () => {
    const [billing, support] = ADMIN_CONFIG.departments as [Department, Department];
    const billingElsewhere = [{ ...billing, componentId: '99' }, { ...support, leadAccountId: 'ava' }];
    const { departments, linked, added } = withComponents(billingElsewhere, components.slice(0, 2));
    expect([added, linked]).toEqual([0, 1]);
    expect(departments.map((d) => [d.componentId, d.leadAccountId])).toEqual([
      ['99', 'boris'],
      ['10001', 'ava'],
    ]);
  });
});
