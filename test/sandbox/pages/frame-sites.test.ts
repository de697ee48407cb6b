import type { UiModuleDef } from '../../../sandbox/host/manifest-model';
import { forgeRunsFor } from '../../../sandbox/pages/frame-sites';

const portalModule = (unlicensedAccess: readonly string[]): UiModuleDef => ({
  type: 'jiraServiceManagement:portalRequestDetail',
  key: 'complaint-portal-detail',
  resourceKey: 'portal',
  editResourceKey: null,
  resolverFunctionKey: 'portal-resolver',
  title: 'Your complaint',
  issueType: null,
  unlicensedAccess,
});

describe('which users Forge runs a portal module for', () => {
  it('runs it for a portal customer only when the module lets customers in', () => {
    expect(forgeRunsFor(portalModule([]), 'customer')).toBe(false);
    expect(forgeRunsFor(portalModule(['anonymous']), 'customer')).toBe(false);
    expect(forgeRunsFor(portalModule(['customer']), 'customer')).toBe(true);
  });

  it('runs it for a licensed user whatever the module says', () => {
    expect(forgeRunsFor(portalModule([]), 'atlassian')).toBe(true);
  });
});
