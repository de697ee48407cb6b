import { contactDataRepository } from '../../../src/adapters/forge/kvs/contact-data.repository';
import type { ComplaintRecord } from '../../../src/ports/store.port';
import type { NudgeComplaintDeps } from '../../../src/usecases/panel/nudge-complaint';
import type { OpenFollowUpDeps } from '../../../src/usecases/panel/open-follow-up';
import { makeRecord } from '../../adapters/sql/store-contract';
import { T0 } from '../../domain/factories';
import { makeIssue } from '../../jira/intake/issue-fixtures';
import { memoryKeyValueStore } from '../../support/memory-key-value';
import { runtimeOverSqlite } from '../runtime-fakes';

/** A closed complaint CMP-1 in the index, and a Jira that keeps the issues the app creates (CMP-2, CMP-3, …) and the links it makes. */
export const followUpWorld = async (row: Partial<ComplaintRecord> = {}) => {
  const env = await runtimeOverSqlite();
  env.setNow(T0 + 60_000);
  await env.store.saveComplaint(makeRecord({ status: 'closed', resolution: 'done', closedAt: T0, routedAt: T0, ...row }), 0);
  const created: { id: string; key: string; fields: Readonly<Record<string, unknown>> }[] = [];
  const links: string[] = [];
  const contacts = contactDataRepository(memoryKeyValueStore());
  const base = env.invocation();
  const deps: NudgeComplaintDeps & OpenFollowUpDeps = {
    ...base,
    contacts,
    jira: {
      readIssue: (issueId) => {
        if (issueId === '10001') return Promise.resolve(makeIssue({ fields: { summary: 'Charged twice for March' } }));
        const issue = created.find((c) => c.id === issueId);
        return Promise.resolve(issue === undefined ? null : makeIssue({ id: issue.id, key: issue.key, fields: { summary: issue.fields.summary, created: undefined } }));
      },
      createIssue: (fields) => {
        const n = created.length + 2;
        created.push({ id: String(10000 + n), key: `CMP-${String(n)}`, fields });
        return Promise.resolve({ id: String(10000 + n), key: `CMP-${String(n)}` });
      },
      linkAsRelated: (issueKey, otherKey) => Promise.resolve(void links.push(`${issueKey} relates to ${otherKey}`)),
    },
  };
  /** The index row of an issue the test knows is there. */
  const rowOf = async (issueId: string): Promise<ComplaintRecord> => {
    const row = await env.store.getComplaint(issueId);
    if (row === null) throw new Error(`${issueId} is not in the index`);
    return row;
  };
  return { env, deps, created, links, contacts, rowOf };
};
