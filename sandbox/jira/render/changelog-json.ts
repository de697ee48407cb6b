import type { ChangelogRecord } from '../store/history-store';
import type { ChangelogJson } from './jira-models';
import { jiraTimestamp } from './jira-time';
import type { RenderContext } from './render-context';
import { userJson } from './user-json';

export function changelogJson(ctx: RenderContext, changelog: ChangelogRecord) {
  const author = ctx.site.users.byAccountId(changelog.authorAccountId);
  return {
    id: changelog.id,
    ...(author === null ? {} : { author: userJson(author, ctx.baseUrl) }),
    created: jiraTimestamp(changelog.created, ctx.viewer.user.timeZone),
    items: changelog.items.map((item) => ({ ...item })),
  } satisfies ChangelogJson;
}
