/** How Jira answered a transition asked for as the user. */
export type TransitionAnswer =
  | { readonly kind: 'done' }
  /** Jira does not offer the user a transition of that name now: its conditions hide it, or the status has none. */
  | { readonly kind: 'not_offered' }
  /** Jira refused the fields (400): the workflow's validators, or a screen's rules; their messages as Jira gave them. */
  | { readonly kind: 'refused'; readonly messages: readonly string[] };

/**
 * Transitions of one issue as the invoking user, so that Jira applies the workflow's conditions
 * and validators to that user: the app's own checks are a second enforcer, not the only one.
 */
export interface IssueTransitions {
  /** Finds the transition by name among those Jira offers the user, and performs it with these REST v3 `fields`. */
  perform(issueId: string, transitionName: string, fields: Readonly<Record<string, unknown>>): Promise<TransitionAnswer>;
}
