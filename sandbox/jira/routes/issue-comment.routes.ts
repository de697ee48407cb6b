import { isAdfDocument, textToAdf, type AdfDocument } from '../fields/adf';
import { objectBody } from '../http/body-shape';
import { badRequest, fieldErrors } from '../http/jira-error';
import { created, ok, type JiraRequest, type Route } from '../http/jira-request';
import { requestedPage } from '../http/requested-page';
import { browsableIssue, requireIssuePermission } from '../issues/issue-access';
import { propertyList } from '../issues/issue-property-rules';
import { inWriteUnit } from '../issues/write-unit';
import type { JiraSite } from '../jira-site';
import { commentJson, visibleComments } from '../render/comment-json';
import type { PageOfCommentsJson } from '../render/jira-models';
import { renderContextOf } from '../render/render-context-of';

const DEFAULT_PAGE_SIZE = 5000;

function listComments(site: JiraSite, req: JiraRequest) {
  const { issue } = browsableIssue(site, req.caller, req.params.issueIdOrKey ?? '');
  const ctx = renderContextOf(site, req);
  const all = visibleComments(ctx, issue);
  const ordered = req.query.get('orderBy') === '-created' ? [...all].reverse() : all;
  const { startAt, maxResults, items } = requestedPage(req, ordered, DEFAULT_PAGE_SIZE);
  const comments = items.map((comment) => commentJson(ctx, issue, comment));
  return ok({ startAt, maxResults, total: all.length, comments } satisfies Omit<PageOfCommentsJson, 'comments'>);
}

/** JSM marks internal notes with this property; customers never see them. */
const INTERNAL_PROPERTY = 'sd.public.comment';

function isInternal(properties: readonly { key: string; value: unknown }[]): boolean {
  const marker = properties.find((property) => property.key === INTERNAL_PROPERTY)?.value;
  return typeof marker === 'object' && marker !== null && 'internal' in marker && marker.internal === true;
}

function addComment(site: JiraSite, req: JiraRequest) {
  const target = browsableIssue(site, req.caller, req.params.issueIdOrKey ?? '');
  requireIssuePermission(site, req.caller, target, 'ADD_COMMENTS', 'You do not have the permission to comment on this issue.');
  const body = objectBody(req.body);
  if (body.visibility !== undefined) throw badRequest('Comment visibility restrictions are not supported by the sandbox.');
  let document: AdfDocument;
  if (req.apiVersion === 2 && typeof body.body === 'string' && body.body.trim() !== '') document = textToAdf(body.body);
  else if (req.apiVersion !== 2 && isAdfDocument(body.body) && body.body.content.length > 0) document = body.body;
  else throw fieldErrors({ comment: 'Comment body can not be empty!' });
  const properties = propertyList(body.properties);
  const agent = site.permissions.hasProject(req.caller, target.project, 'SERVICEDESK_AGENT', target.issue);
  const comment = inWriteUnit(site, req.baseUrl, req.caller, () => {
    const now = site.now();
    const record = {
      id: site.nextId('comment'),
      issueId: target.issue.id,
      authorAccountId: req.caller.user.accountId,
      body: document,
      jsdPublic: !(agent && isInternal(properties)),
      created: now,
      updated: now,
    };
    site.comments.insert(record);
    site.issues.save({ ...target.issue, updated: now });
    return record;
  });
  return created(commentJson(renderContextOf(site, req), target.issue, comment));
}

export const issueCommentRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'api', pattern: '/issue/:issueIdOrKey/comment', handler: (req) => listComments(site, req) },
  { method: 'POST', family: 'api', pattern: '/issue/:issueIdOrKey/comment', handler: (req) => addComment(site, req) },
];
