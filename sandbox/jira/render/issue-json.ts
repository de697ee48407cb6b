import { allFields } from '../fields/field-catalog';
import { availableTransitions } from '../workflows/available-transitions';
import type { IssueRecord } from '../store/issue-store';
import type { ProjectRecord } from '../store/project-store';
import { changelogJson } from './changelog-json';
import type { FieldSelection } from './field-selection';
import { fieldValueJson } from './field-value-json';
import type { IssueJson } from './jira-models';
import type { RenderContext } from './render-context';
import { transitionJson } from './transition-json';

export interface IssueJsonOptions {
  readonly selection: FieldSelection;
  /** `names`, `schema`, `transitions`, `changelog` are understood; others are ignored, as Jira does. */
  readonly expand: ReadonlySet<string>;
  /** Property keys to embed, or `*all`. */
  readonly properties: readonly string[];
}

/** The expansions Jira advertises on every issue. */
const EXPANDABLE = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';

function propertiesJson(ctx: RenderContext, issue: IssueRecord, wanted: readonly string[]): Record<string, unknown> {
  const keys = wanted.includes('*all') ? ctx.site.properties.keys(issue.id) : wanted;
  const properties: Record<string, unknown> = {};
  for (const key of keys) {
    const property = ctx.site.properties.get(issue.id, key);
    if (property !== null) properties[key] = property.value;
  }
  return properties;
}

/** An issue as `GET /issue/{key}` and `/search/jql` return it. */
export function issueJson(ctx: RenderContext, project: ProjectRecord, issue: IssueRecord, options: IssueJsonOptions): IssueJson {
  const self = `${ctx.baseUrl}/rest/api/${ctx.apiVersion}/issue/${issue.id}`;
  const definitions = allFields(ctx.site.customFields.all()).filter((def) => options.selection.includes(def));
  const fields: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  const schema: Record<string, unknown> = {};
  for (const def of definitions) {
    fields[def.id] = fieldValueJson(ctx, def, issue);
    names[def.id] = def.name;
    schema[def.id] = def.schema;
  }
  return {
    expand: EXPANDABLE,
    id: issue.id,
    self,
    key: issue.key,
    ...(options.properties.length > 0 ? { properties: propertiesJson(ctx, issue, options.properties) } : {}),
    fields,
    ...(options.expand.has('names') ? { names } : {}),
    ...(options.expand.has('schema') ? { schema } : {}),
    ...(options.expand.has('transitions')
      ? {
          transitions: availableTransitions(ctx.site, ctx.viewer, project, issue).map((transition) =>
            transitionJson(ctx.site, transition, project, issue, ctx.baseUrl, false),
          ),
        }
      : {}),
    ...(options.expand.has('changelog') ? { changelog: changelogPageJson(ctx, issue) } : {}),
  };
}

/** The whole history, as `expand=changelog` embeds it. */
function changelogPageJson(ctx: RenderContext, issue: IssueRecord) {
  const history = ctx.site.history.ofIssue(issue.id);
  return {
    startAt: 0,
    maxResults: history.length,
    total: history.length,
    histories: history.map((changelog) => changelogJson(ctx, changelog)),
  };
}
