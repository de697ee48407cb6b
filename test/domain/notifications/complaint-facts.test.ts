import { factsOf } from '../../../src/domain/notifications/complaint-facts';
import { makeConfig } from '../factories';

describe('the facts a message about a complaint shows', () => {
  it('names the key and the department by its configured name', () => {
    expect(factsOf(makeConfig(), { issueKey: 'CMP-7', departmentId: 'billing' })).toEqual({ issueKey: 'CMP-7', departmentName: 'Billing' });
  });

  it('names no department for none, or for one the configuration no longer has', () => {
    expect(factsOf(makeConfig(), { issueKey: 'CMP-7', departmentId: null })).toEqual({ issueKey: 'CMP-7', departmentName: null });
    expect(factsOf(makeConfig(), { issueKey: 'CMP-7', departmentId: 'gone' })).toEqual({ issueKey: 'CMP-7', departmentName: null });
  });
});
