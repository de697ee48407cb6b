import { createCallerDirectory } from '../../adapters/forge/caller-directory.adapter';
import { createIssueTransitions } from '../../adapters/forge/issue-transitions.adapter';
import type { TransitionResolverDeps } from '../resolvers/transition.resolvers';
import { runtimeDeps } from './runtime.wiring';

/** The transition keys' ports as Forge provides them: the runtime's, and Jira's transitions as the invoking user. */
export const transitionResolverDeps: TransitionResolverDeps = {
  callers: createCallerDirectory(),
  runtime: async () => ({ ...(await runtimeDeps()), transitions: createIssueTransitions() }),
};
