import { reconciliationJql } from '../../../src/jira/intake/reconciliation-query';
import { T0 } from '../../domain/factories';
import { makeBinding } from '../provisioning/provisioning-fixtures';

const MINUTE = 60_000;
const binding = makeBinding();

describe('reconciliationJql: the next page of a pass', () => {
  it("reads the project's complaints updated since the pass's start of window, in key order", () => {
    expect(reconciliationJql(binding, { startedAt: T0, from: T0 - 2 * 24 * 60 * MINUTE, afterKey: null }, T0)).toBe(
      'project = "CMP" AND issuetype = 10010 AND updated >= -2880m ORDER BY key ASC',
    );
  });

  it('goes on after the last key read', () => {
    expect(reconciliationJql(binding, { startedAt: T0, from: T0 - 90 * MINUTE, afterKey: 'CMP-120' }, T0)).toBe(
      'project = "CMP" AND issuetype = 10010 AND updated >= -90m AND key > "CMP-120" ORDER BY key ASC',
    );
  });

  it('rounds the window up to whole minutes, so it never starts after `from`, and reads at least a minute', () => {
    expect(reconciliationJql(binding, { startedAt: T0, from: T0 - 90 * MINUTE - 1, afterKey: null }, T0)).toContain('updated >= -91m ');
    expect(reconciliationJql(binding, { startedAt: T0, from: T0, afterKey: null }, T0)).toContain('updated >= -1m ');
  });

  it('keeps a quote in a key or project from ending its literal', () => {
    expect(reconciliationJql({ projectKey: 'A"B', issueTypeId: '1' }, { startedAt: T0, from: T0 - MINUTE, afterKey: 'A\\"B-1' }, T0)).toBe(
      'project = "A\\"B" AND issuetype = 1 AND updated >= -1m AND key > "A\\\\\\"B-1" ORDER BY key ASC',
    );
  });
});
