import { adfToText } from '../fields/adf';
import type { CommentRecord } from '../store/comment-store';
import type { IssueRecord } from '../store/issue-store';
import type { CommentJson } from './jira-models';
import type { RenderContext } from './render-context';
import { jiraTimestamp } from './jira-time';
import { userJson } from './user-json';

/** Comments the viewer may read: portal customers never see internal notes. */
export function visibleComments(ctx: RenderContext, issue: IssueRecord): CommentRecord[] {
  const project = ctx.site.projects.byIdOrKey(issue.projectId);
  const agent = project !== null && ctx.site.permissions.hasProject(ctx.viewer, project, 'SERVICEDESK_AGENT', issue);
  return ctx.site.comments.ofIssue(issue.id).filter((comment) => agent || comment.jsdPublic);
}

export function commentJson(ctx: RenderContext, issue: IssueRecord, comment: CommentRecord) {
  const author = ctx.site.users.byAccountId(comment.authorAccountId);
  const authorJson = author === null ? undefined : userJson(author, ctx.baseUrl);
  return {
    self: `${ctx.baseUrl}/rest/api/${ctx.apiVersion}/issue/${issue.id}/comment/${comment.id}`,
    id: comment.id,
    ...(authorJson === undefined ? {} : { author: authorJson, updateAuthor: authorJson }),
    body: ctx.apiVersion === 3 ? comment.body : adfToText(comment.body),
    created: jiraTimestamp(comment.created, ctx.viewer.user.timeZone),
    updated: jiraTimestamp(comment.updated, ctx.viewer.user.timeZone),
    jsdPublic: comment.jsdPublic,
  } satisfies Omit<CommentJson, 'body'> & { body: unknown };
}
