import { projectBindingRepository } from '../../../../src/adapters/forge/kvs/project-binding.repository';
import { memoryKeyValueStore } from '../../../support/memory-key-value';
import { makeBinding } from '../../../jira/provisioning/provisioning-fixtures';

describe('the project binding repository', () => {
  it('has no binding for a project Set up project never ran in', async () => {
    expect(await projectBindingRepository(memoryKeyValueStore()).load('CMP')).toBeNull();
  });

  it('lists each bound project once, however often it is set up again', async () => {
    const bindings = projectBindingRepository(memoryKeyValueStore());
    await bindings.save(makeBinding({ projectKey: 'CMP' }));
    await bindings.save(makeBinding({ projectKey: 'OPS', issueTypeId: '10099' }));
    await bindings.save(makeBinding({ projectKey: 'CMP' }));
    expect((await bindings.all()).map((b) => [b.projectKey, b.issueTypeId])).toEqual([
      ['CMP', makeBinding().issueTypeId],
      ['OPS', '10099'],
    ]);
    expect(await bindings.load('OPS')).toEqual(makeBinding({ projectKey: 'OPS', issueTypeId: '10099' }));
  });
});
