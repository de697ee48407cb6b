import { notFound } from '../http/jira-error';
import { created, noContent, ok, type JiraRequest, type Route } from '../http/jira-request';
import { browsableIssue, requireIssuePermission } from '../issues/issue-access';
import { checkProperty } from '../issues/issue-property-rules';
import type { JiraSite } from '../jira-site';
import type { EntityPropertyJson, PropertyKeysJson } from '../render/jira-models';

const missing = (key: string) => notFound(`The property with key '${key}' does not exist.`);
const CANNOT_EDIT = 'You do not have permission to edit issue properties of this issue.';

function listKeys(site: JiraSite, req: JiraRequest) {
  const { issue } = browsableIssue(site, req.caller, req.params.issueIdOrKey ?? '');
  const keys = site.properties.keys(issue.id).map((key) => ({
    key,
    self: `${req.baseUrl}/rest/api/3/issue/${issue.id}/properties/${encodeURIComponent(key)}`,
  }));
  return ok({ keys } satisfies PropertyKeysJson);
}

function getProperty(site: JiraSite, req: JiraRequest) {
  const { issue } = browsableIssue(site, req.caller, req.params.issueIdOrKey ?? '');
  const key = req.params.propertyKey ?? '';
  const property = site.properties.get(issue.id, key);
  if (property === null) throw missing(key);
  return ok({ key, value: property.value } satisfies EntityPropertyJson);
}

function setProperty(site: JiraSite, req: JiraRequest) {
  const target = browsableIssue(site, req.caller, req.params.issueIdOrKey ?? '');
  requireIssuePermission(site, req.caller, target, 'EDIT_ISSUES', CANNOT_EDIT);
  const key = req.params.propertyKey ?? '';
  checkProperty(key, req.body);
  const isNew = site.properties.set(target.issue.id, key, req.body);
  return isNew ? created() : ok(undefined);
}

function deleteProperty(site: JiraSite, req: JiraRequest) {
  const target = browsableIssue(site, req.caller, req.params.issueIdOrKey ?? '');
  requireIssuePermission(site, req.caller, target, 'EDIT_ISSUES', CANNOT_EDIT);
  const key = req.params.propertyKey ?? '';
  if (!site.properties.delete(target.issue.id, key)) throw missing(key);
  return noContent();
}

export const issuePropertyRoutes = (site: JiraSite): Route[] => [
  { method: 'GET', family: 'api', pattern: '/issue/:issueIdOrKey/properties', handler: (req) => listKeys(site, req) },
  { method: 'GET', family: 'api', pattern: '/issue/:issueIdOrKey/properties/:propertyKey', handler: (req) => getProperty(site, req) },
  { method: 'PUT', family: 'api', pattern: '/issue/:issueIdOrKey/properties/:propertyKey', handler: (req) => setProperty(site, req) },
  {
    method: 'DELETE',
    family: 'api',
    pattern: '/issue/:issueIdOrKey/properties/:propertyKey',
    handler: (req) => deleteProperty(site, req),
  },
];
