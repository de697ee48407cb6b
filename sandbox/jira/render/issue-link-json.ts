import type { IssueRecord } from '../store/issue-store';
import type { LinkTypeRecord } from '../store/catalog-store';
import type { IssueLinkJson, IssueLinkTypeJson } from './jira-models';
import type { RenderContext } from './render-context';
import { issueTypeJson, priorityJson, statusJson } from './catalog-json';

export const linkTypeJson = (linkType: LinkTypeRecord, baseUrl: string) =>
  ({
    id: linkType.id,
    name: linkType.name,
    inward: linkType.inward,
    outward: linkType.outward,
    self: `${baseUrl}/rest/api/3/issueLinkType/${linkType.id}`,
  }) satisfies IssueLinkTypeJson;

/** The other end of a link, with the few fields Jira embeds. */
function linkedIssueJson(ctx: RenderContext, issue: IssueRecord) {
  const { site, baseUrl } = ctx;
  const status = site.statuses.byId(String(issue.fields.status));
  const issueType = site.catalog.issueTypeById(String(issue.fields.issuetype));
  const priority = site.catalog.priorities().find((p) => p.id === issue.fields.priority);
  return {
    id: issue.id,
    key: issue.key,
    self: `${baseUrl}/rest/api/3/issue/${issue.id}`,
    fields: {
      summary: String(issue.fields.summary),
      ...(status === null ? {} : { status: statusJson(status, baseUrl) }),
      ...(priority === undefined ? {} : { priority: priorityJson(priority, baseUrl) }),
      ...(issueType === null ? {} : { issuetype: issueTypeJson(issueType, baseUrl) }),
    },
  };
}

/** The `issuelinks` field: each link seen from this issue, hiding ends the viewer cannot browse. */
export function issueLinksJson(ctx: RenderContext, issue: IssueRecord): IssueLinkJson[] {
  const { site } = ctx;
  const linkTypes = site.catalog.linkTypes();
  return site.links.ofIssue(issue.id).flatMap((link) => {
    const linkType = linkTypes.find((candidate) => candidate.id === link.typeId);
    const outgoing = link.inwardIssueId === issue.id;
    const other = site.issues.byIdOrKey(outgoing ? link.outwardIssueId : link.inwardIssueId);
    const otherProject = other === null ? null : site.projects.byIdOrKey(other.projectId);
    if (linkType === undefined || other === null || otherProject === null) return [];
    if (!site.permissions.hasProject(ctx.viewer, otherProject, 'BROWSE_PROJECTS', other)) return [];
    const end = linkedIssueJson(ctx, other);
    return [
      {
        id: link.id,
        self: `${ctx.baseUrl}/rest/api/3/issueLink/${link.id}`,
        type: linkTypeJson(linkType, ctx.baseUrl),
        ...(outgoing ? { outwardIssue: end } : { inwardIssue: end }),
      },
    ];
  });
}
