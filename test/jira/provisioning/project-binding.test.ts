import { STATUSES } from '../../../src/domain/complaint';
import { issueSnapshot } from '../../../src/jira/intake/issue-snapshot';
import { statusOfId, unboundBinding } from '../../../src/jira/provisioning/project-binding';
import { makeConfig } from '../../domain/factories';
import { makeIssue } from '../intake/issue-fixtures';
import { makeBinding, STATUS_IDS } from './provisioning-fixtures';

describe('statusOfId', () => {
  const binding = makeBinding();

  it.each(STATUSES)('reads the id bound to %s as that status', (status) => {
    expect(statusOfId(binding, STATUS_IDS[status])).toBe(status);
  });

  it('reads by the binding of the project at hand', () => {
    const other = makeBinding({ statusIds: { registered: '1', in_progress: '10100', measures_done: '5', closed: '7' } });
    // 10100 is Registered in CMP but In progress in the other project.
    expect(statusOfId(binding, '10100')).toBe('registered');
    expect(statusOfId(other, '10100')).toBe('in_progress');
    expect(statusOfId(other, '7')).toBe('closed');
  });

  it.each([
    { name: 'a status the app did not provision', id: '1' },
    { name: 'a padded id', id: ' 3' },
    { name: 'no status', id: null },
    { name: 'a missing status', id: undefined },
    { name: 'an empty id', id: '' },
  ])('reads $name as null', ({ id }) => {
    expect(statusOfId(binding, id)).toBeNull();
  });
});

describe('unboundBinding: a project Set up project never ran in', () => {
  it('reads no field and the status by its category only', () => {
    const binding = unboundBinding('OPS');
    const issue = makeIssue({ fields: { project: { key: 'OPS' }, status: { id: STATUS_IDS.in_progress, statusCategory: { key: 'indeterminate' } } } });
    const snapshot = issueSnapshot(issue, binding, makeConfig());
    expect(snapshot?.complaint).toMatchObject({ projectKey: 'OPS', status: 'in_progress', departmentId: null, subject: null, channel: null, measures: null });
    expect(snapshot?.department).toEqual({ kind: 'none' });
    expect(STATUSES.map((s) => statusOfId(binding, STATUS_IDS[s]))).toEqual([null, null, null, null]);
  });
});
