import { cannotSet, parseEditBody } from '../fields/edit-input';
import type { FieldInputContext } from '../fields/field-input';
import { allFields } from '../fields/field-catalog';
import { operationScreenId, screenFieldIds } from '../fields/screen-fields';
import { objectBody, refOf } from '../http/body-shape';
import { badRequest, fieldErrors, forbidden, jiraError } from '../http/jira-error';
import { created, noContent, ok, type JiraRequest, type Route } from '../http/jira-request';
import { queryList } from '../http/query-params';
import { createIssue } from '../issues/create-issue';
import { browsableIssue } from '../issues/issue-access';
import { propertyList } from '../issues/issue-property-rules';
import { updateIssue } from '../issues/issue-writer';
import { inWriteUnit } from '../issues/write-unit';
import { isRecord } from '../json-value';
import type { JiraSite } from '../jira-site';
import { fieldSelection } from '../render/field-selection';
import { issueJson } from '../render/issue-json';
import type { CreatedIssueJson } from '../render/jira-models';
import { renderContextOf } from '../render/render-context-of';
import type { ProjectRecord } from '../store/project-store';

const inputContext = (site: JiraSite, req: JiraRequest, project: ProjectRecord, issueTypeId: string): FieldInputContext => ({
  site,
  apiVersion: req.apiVersion === 2 ? 2 : 3,
  project,
  issueTypeId,
});

function createIssueRoute(site: JiraSite, req: JiraRequest) {
  const body = objectBody(req.body);
  const fields = isRecord(body.fields) ? body.fields : {};
  const projectRef = refOf(fields.project, 'id', 'key');
  const project = projectRef === null ? null : site.projects.byIdOrKey(projectRef);
  if (project === null || !site.permissions.hasProject(req.caller, project, 'BROWSE_PROJECTS')) {
    throw fieldErrors({ project: 'Specify a valid project ID or key' });
  }
  if (!site.permissions.hasProject(req.caller, project, 'CREATE_ISSUES')) {
    throw fieldErrors({ project: 'You do not have permission to create issues in this project.' });
  }
  const issueTypeRef = refOf(fields.issuetype, 'id', 'name');
  if (issueTypeRef === null) throw fieldErrors({ issuetype: 'Specify an issue type' });
  const issueType = site.catalog
    .issueTypesOfProject(project.id)
    .find((candidate) => candidate.id === issueTypeRef || candidate.name === issueTypeRef);
  if (issueType === undefined) throw fieldErrors({ issuetype: 'Specify a valid issue type' });
  if (body.transition !== undefined) throw badRequest('Transitioning an issue on create is not supported by the sandbox.');
  const properties = propertyList(body.properties);
  const issue = inWriteUnit(site, req.baseUrl, req.caller, (unit) => {
    const ctx = inputContext(site, req, project, issueType.id);
    const fresh = createIssue(unit, ctx, {
      issueTypeId: issueType.id,
      body: { fields: body.fields, update: body.update },
      screen: screenFieldIds(site, operationScreenId(site, ctx, 'create')),
      preset: {},
    });
    for (const property of properties) site.properties.set(fresh.id, property.key, property.value);
    return fresh;
  });
  return created({
    id: issue.id,
    key: issue.key,
    self: `${req.baseUrl}/rest/api/${req.apiVersion ?? 3}/issue/${issue.id}`,
  } satisfies CreatedIssueJson);
}

function getIssueRoute(site: JiraSite, req: JiraRequest) {
  const { issue, project } = browsableIssue(site, req.caller, req.params.issueIdOrKey ?? '');
  return ok(
    issueJson(renderContextOf(site, req), project, issue, {
      selection: fieldSelection(queryList(req.query, 'fields'), '*all'),
      expand: new Set(queryList(req.query, 'expand')),
      properties: queryList(req.query, 'properties'),
    }),
  );
}

function editIssueRoute(site: JiraSite, req: JiraRequest) {
  const target = browsableIssue(site, req.caller, req.params.issueIdOrKey ?? '');
  const body = objectBody(req.body);
  const ctx = inputContext(site, req, target.project, String(target.issue.fields.issuetype));
  if (!site.permissions.hasProject(req.caller, target.project, 'EDIT_ISSUES', target.issue)) {
    // Jira answers as if every field were missing from the edit screen.
    const named = [body.fields, body.update].flatMap((part) => (isRecord(part) ? Object.keys(part) : []));
    throw fieldErrors(Object.fromEntries(named.map((id) => [id, cannotSet(id)])));
  }
  const properties = propertyList(body.properties);
  // Only the edit screen's fields, unless an app that holds Administer Jira overrides screen security.
  const screen = overridesScreens(site, req) ? allFieldIds(site) : screenFieldIds(site, operationScreenId(site, ctx, 'edit'));
  const updated = inWriteUnit(site, req.baseUrl, req.caller, (unit) => {
    const changes = parseEditBody(ctx, { fields: body.fields, update: body.update }, { mode: 'edit', screen, current: target.issue.fields });
    if ('reporter' in changes && !site.permissions.hasProject(req.caller, target.project, 'MODIFY_REPORTER', target.issue)) {
      throw fieldErrors({ reporter: 'You do not have permission to modify the reporter of this issue.' });
    }
    for (const property of properties) site.properties.set(target.issue.id, property.key, property.value);
    return updateIssue(unit, target.project, target.issue, changes);
  });
  if (req.query.get('returnIssue') !== 'true') return noContent();
  return ok(
    issueJson(renderContextOf(site, req), target.project, updated, {
      selection: fieldSelection([], '*all'),
      expand: new Set(queryList(req.query, 'expand')),
      properties: [],
    }),
  );
}

export const OVERRIDE_REFUSED = 'Only apps with the Administer Jira global permission can override screen security.';

/**
 * `overrideScreenSecurity=true`, which Jira documents for "Connect and Forge app users with
 * Administer Jira" (and Forge apps acting for users who hold it). The emulator takes the narrower
 * reading: the app's own user with Administer Jira only; any other caller who asks is refused
 * with 403 and nothing changes. `overrideEditableFlag` is not emulated and is refused alike.
 */
function overridesScreens(site: JiraSite, req: JiraRequest): boolean {
  const asked = (name: string): boolean => req.query.get(name) === 'true';
  if (asked('overrideEditableFlag')) throw forbidden('overrideEditableFlag is not supported by the sandbox.');
  if (!asked('overrideScreenSecurity')) return false;
  if (!req.caller.isApp || !site.permissions.hasGlobal(req.caller, 'ADMINISTER')) throw forbidden(OVERRIDE_REFUSED);
  return true;
}

/** Every field of the site: what an edit that overrides screen security may name (read-only fields stay refused). */
const allFieldIds = (site: JiraSite): ReadonlySet<string> => new Set(allFields(site.customFields.all()).map((def) => def.id));

function assignRoute(site: JiraSite, req: JiraRequest) {
  const target = browsableIssue(site, req.caller, req.params.issueIdOrKey ?? '');
  const body = objectBody(req.body);
  if (!site.permissions.hasProject(req.caller, target.project, 'ASSIGN_ISSUES', target.issue)) {
    throw forbidden('You do not have permission to assign issues.');
  }
  const requested = body.accountId;
  if (requested !== null && typeof requested !== 'string') throw badRequest('accountId must be a string or null.');
  // "-1" asks for the project's default assignee; the emulated projects default to nobody.
  const accountId = requested === '-1' ? null : requested;
  if (accountId !== null) {
    const user = site.users.byAccountId(accountId);
    if (user === null) throw jiraError(404, [`The user with account ID '${accountId}' does not exist.`]);
    if (!site.permissions.userHasProject(accountId, target.project, 'ASSIGNABLE_USER', target.issue)) {
      throw fieldErrors({ assignee: `User '${user.displayName}' cannot be assigned issues.` });
    }
  }
  inWriteUnit(site, req.baseUrl, req.caller, (unit) => updateIssue(unit, target.project, target.issue, { assignee: accountId }));
  return noContent();
}

export const issueRoutes = (site: JiraSite): Route[] => [
  { method: 'POST', family: 'api', pattern: '/issue', handler: (req) => createIssueRoute(site, req) },
  { method: 'GET', family: 'api', pattern: '/issue/:issueIdOrKey', handler: (req) => getIssueRoute(site, req) },
  { method: 'PUT', family: 'api', pattern: '/issue/:issueIdOrKey', handler: (req) => editIssueRoute(site, req) },
  { method: 'PUT', family: 'api', pattern: '/issue/:issueIdOrKey/assignee', handler: (req) => assignRoute(site, req) },
];
