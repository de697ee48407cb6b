import type { JiraChangeItem } from '../emulator.types';
import { objectBody, refOf } from '../http/body-shape';
import { badRequest, notFound } from '../http/jira-error';
import { created, ok, type JiraRequest, type Route } from '../http/jira-request';
import { browsableIssue, requireIssuePermission } from '../issues/issue-access';
import { updateIssue } from '../issues/issue-writer';
import { inWriteUnit } from '../issues/write-unit';
import type { JiraSite } from '../jira-site';
import { linkTypeJson } from '../render/issue-link-json';
import type { IssueLinkTypesJson } from '../render/jira-models';

const linkItem = (otherKey: string, description: string): JiraChangeItem => ({
  field: 'Link',
  fieldtype: 'jira',
  fieldId: 'issuelinks',
  from: null,
  fromString: null,
  to: otherKey,
  toString: `This issue ${description} ${otherKey}`,
});

/** `inwardIssue` is the link's source: `{ inwardIssue: A, outwardIssue: B, type: Blocks }` reads "A blocks B". */
function linkIssues(site: JiraSite, req: JiraRequest) {
  const body = objectBody(req.body);
  const typeRef = refOf(body.type, 'id', 'name');
  const linkType = site.catalog.linkTypes().find((candidate) => candidate.id === typeRef || candidate.name === typeRef);
  if (linkType === undefined) throw notFound(`No issue link type with name '${typeRef ?? ''}' found.`);
  if (body.comment !== undefined) throw badRequest('Comments on new links are not supported by the sandbox.');
  const source = browsableIssue(site, req.caller, refOf(body.inwardIssue, 'key', 'id') ?? '');
  const destination = browsableIssue(site, req.caller, refOf(body.outwardIssue, 'key', 'id') ?? '');
  if (source.issue.id === destination.issue.id) throw badRequest('You cannot link an issue to itself.');
  requireIssuePermission(site, req.caller, source, 'LINK_ISSUES', 'You do not have the permission to link issues.');
  inWriteUnit(site, req.baseUrl, req.caller, (unit) => {
    site.links.insert({
      id: site.nextId('issuelink'),
      typeId: linkType.id,
      inwardIssueId: source.issue.id,
      outwardIssueId: destination.issue.id,
    });
    updateIssue(unit, source.project, source.issue, {}, [linkItem(destination.issue.key, linkType.outward)]);
    updateIssue(unit, destination.project, destination.issue, {}, [linkItem(source.issue.key, linkType.inward)]);
  });
  return created();
}

export const issueLinkRoutes = (site: JiraSite): Route[] => [
  {
    method: 'GET',
    family: 'api',
    pattern: '/issueLinkType',
    handler: (req) =>
      ok({ issueLinkTypes: site.catalog.linkTypes().map((type) => linkTypeJson(type, req.baseUrl)) } satisfies IssueLinkTypesJson),
  },
  { method: 'POST', family: 'api', pattern: '/issueLink', handler: (req) => linkIssues(site, req) },
];
