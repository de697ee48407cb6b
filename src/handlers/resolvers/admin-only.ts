import { AppError } from '../../domain/app-error';

/**
 * Refuses the call unless Jira, asked as the calling user, says they hold Administer Jira. The
 * admin page's display condition only hides the page: the resolvers are where it is enforced.
 */
export const requireJiraAdmin = async (callerIsJiraAdmin: () => Promise<boolean>, refusal: string): Promise<void> => {
  if (!(await callerIsJiraAdmin())) throw new AppError('FORBIDDEN', refusal);
};
