import { portalModuleOf } from '../../../static/portal/portal-context';
import { portalErrorKey } from '../../../static/portal/portal-errors';
import { makeContext } from '../support/fake-host';

describe('portalModuleOf', () => {
  it('tells the two portal modules apart by the extension type, and knows no other', () => {
    expect(portalModuleOf(makeContext({ extension: { type: 'jiraServiceManagement:portalRequestDetail', request: { key: 'CMP-7' } } }))).toBe('request');
    expect(portalModuleOf(makeContext({ extension: { type: 'jiraServiceManagement:portalProfilePanel' } }))).toBe('profile');
    expect(portalModuleOf(makeContext())).toBeNull();
    expect(portalModuleOf(makeContext({ extension: { type: 'toString' } }))).toBeNull();
    expect(portalModuleOf(makeContext({ extension: {} }))).toBeNull();
  });
});

describe('portalErrorKey', () => {
  it('explains to a customer the codes whose generic words speak to Jira users, and keeps the others', () => {
    expect(portalErrorKey('CONFLICT')).toBe('portal.error.CONFLICT');
    expect(portalErrorKey('NOT_FOUND')).toBe('portal.error.NOT_FOUND');
    expect(portalErrorKey('TIMEOUT')).toBe('error.TIMEOUT');
  });
});
