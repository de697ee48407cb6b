import type { CloudCalls } from './jira/jira-calls';
import type { IssueTransitions, TransitionAnswer } from '../../ports/issue-transitions.port';
import { createForgeCloudClient } from './jira/forge-jira-clients';
import { isJiraRestError } from './jira/jira-rest-error';

/** The two jira.js calls a transition makes. */
export type TransitionClient = { readonly issues: Pick<CloudCalls['issues'], 'getTransitions' | 'doTransition'> };

/**
 * Transitions as the invoking user (`asUser`), through the transport's retry and error mapping.
 * `GET /issue/{id}/transitions` lists only the transitions whose conditions pass for the user, so
 * one missing from it is not offered; a 400 to the POST is the workflow's validators or the
 * screen's rules refusing the fields, whose messages (`errorMessages`, and `errors` by field) the
 * user gets. Every other failure is the transport's AppError.
 */
export const createIssueTransitions = (client: () => Promise<TransitionClient> = () => createForgeCloudClient('user')): IssueTransitions => ({
  async perform(issueId, transitionName, fields): Promise<TransitionAnswer> {
    const jira = await client();
    const { transitions } = await jira.issues.getTransitions({ issueIdOrKey: issueId });
    const offered = (transitions ?? []).find((t) => t.name === transitionName && t.id !== undefined);
    if (offered?.id === undefined) return { kind: 'not_offered' };
    try {
      await jira.issues.doTransition({ issueIdOrKey: issueId, transition: { id: offered.id }, fields: { ...fields } });
      return { kind: 'done' };
    } catch (error) {
      if (!isJiraRestError(error) || error.status !== 400) throw error;
      return { kind: 'refused', messages: [...error.errorMessages, ...error.fields.map((f) => f.message)] };
    }
  },
});
