import { CHANNEL_LABELS, NO, YES, type AnyFieldKey } from '../../../src/jira/provisioning/complaint-fields';
import type { ProjectBinding } from '../../../src/jira/provisioning/project-binding';
import { DEMO_ACCOUNTS } from '../../../sandbox/jira';

export interface NewComplaint {
  readonly department?: string;
  readonly subjectUser?: string;
  readonly summary?: string;
  /** Whether the customer asked to stay anonymous; not by default. */
  readonly anonymous?: boolean;
}

/** Jira REST as a demo user: what a test's sandbox, in this process or another, answers. */
export type RestAs = (accountId: string, method: string, path: string, body?: unknown) => Promise<{ status: number; json: unknown }>;

/** What the tests ask Jira over REST of complaints: register one, move it on, read it back. */
export const complaintRequests = (restAs: RestAs, binding: ProjectBinding) => {
  const field = (key: AnyFieldKey): string => binding.fieldIds[key];
  /**
   * Jira REST as a person, retried on 429 and 5xx as any client would, so faults hit the app, not
   * the test; and on a connection reset, which a kept-alive connection that the server closed as
   * it was reused gives when the process is busy: the request never reached the server.
   */
  const rest: RestAs = async (accountId, method, path, body) => {
    for (let attempt = 1; ; attempt += 1) {
      const answer = await restAs(accountId, method, path, body).catch((error: unknown) => {
        if (attempt < 20 && (error as { cause?: { code?: unknown } }).cause?.code === 'ECONNRESET') return null;
        throw error;
      });
      if (answer !== null && ((answer.status !== 429 && answer.status < 500) || attempt === 20)) return answer;
    }
  };

  const register = async (complaint: NewComplaint, reporter: string = DEMO_ACCOUNTS.registrar): Promise<{ id: string; key: string }> => {
    const answer = await rest(reporter, 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'CMP' },
        issuetype: { id: binding.issueTypeId },
        summary: complaint.summary ?? 'Charged twice',
        [field('channel')]: { value: CHANNEL_LABELS.phone },
        [field('anonymous')]: { value: complaint.anonymous === true ? YES : NO },
        ...(complaint.department === undefined ? {} : { [field('department')]: { value: complaint.department } }),
        ...(complaint.subjectUser === undefined ? {} : { [field('subjectUser')]: { accountId: complaint.subjectUser } }),
      },
    });
    if (answer.status !== 201) throw new Error(`Registering failed: ${String(answer.status)} ${JSON.stringify(answer.json)}`);
    return answer.json as { id: string; key: string };
  };

  const transition = async (accountId: string, key: string, name: string, fields: Record<string, unknown> = {}) => {
    const offered = (await rest(accountId, 'GET', `/rest/api/3/issue/${key}/transitions`)).json as { transitions: { id: string; name: string }[] };
    const chosen = offered.transitions.find((t) => t.name === name);
    if (chosen === undefined) throw new Error(`${name} is not offered on ${key}`);
    const answer = await rest(accountId, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: chosen.id }, fields });
    if (answer.status !== 204) throw new Error(`${name} on ${key} failed: ${String(answer.status)} ${JSON.stringify(answer.json)}`);
  };

  const issue = async (key: string) =>
    (await rest(DEMO_ACCOUNTS.admin, 'GET', `/rest/api/3/issue/${key}?fields=assignee,status`)).json as {
      id: string;
      fields: { assignee: { accountId: string } | null; status: { name: string } };
    };

  return { rest, field, register, transition, issue };
};
