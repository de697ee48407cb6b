import { advocateOf, departmentOf } from '../../../src/domain/routing/advocate-of';
import { makeConfig } from '../factories';

const config = makeConfig();

describe('departmentOf', () => {
  it('finds a configured department by id', () => {
    expect(departmentOf(config, 'delivery')).toMatchObject({ id: 'delivery', name: 'Delivery', leadAccountId: 'lead-delivery' });
  });

  it.each([
    { name: 'no department (triage)', id: null },
    { name: 'a department the configuration no longer has', id: 'legal' },
    { name: 'a name rather than an id', id: 'Billing' },
  ])('finds nothing for $name', ({ id }) => {
    expect(departmentOf(config, id)).toBeUndefined();
  });
});

describe('advocateOf', () => {
  it("is the department's own advocate when it has one", () => {
    expect(advocateOf(departmentOf(config, 'billing'), 'voice')).toEqual({ kind: 'user', accountId: 'advocate-billing' });
  });

  it('is the advocate group for a department without one', () => {
    expect(advocateOf(departmentOf(config, 'delivery'), 'voice')).toEqual({ kind: 'group', group: 'voice' });
  });

  it('is the advocate group without a department', () => {
    expect(advocateOf(undefined, 'complaint-advocates')).toEqual({ kind: 'group', group: 'complaint-advocates' });
  });
});
