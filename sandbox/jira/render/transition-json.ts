import { allFields, isArrayKind, type FieldDefinition } from '../fields/field-catalog';
import type { JiraSite } from '../jira-site';
import type { IssueRecord } from '../store/issue-store';
import type { TransitionRecord } from '../store/workflow-store';
import { priorityJson, resolutionJson, statusJson } from './catalog-json';
import type { IssueTransitionJson } from './jira-models';

/** The values a field offers on the screen: the options of the context that applies to the issue, or the site's lists. */
function allowedValues(site: JiraSite, def: FieldDefinition, issue: IssueRecord, baseUrl: string): unknown[] | null {
  switch (def.kind) {
    case 'option':
    case 'options': {
      const context = site.fieldContexts.applicable(def.id, issue.projectId, String(issue.fields.issuetype));
      const options = context === null ? [] : site.customFields.optionsOfContext(context.id).filter((option) => !option.disabled);
      return options.map((option) => ({ self: `${baseUrl}/rest/api/3/customFieldOption/${option.id}`, value: option.value, id: option.id }));
    }
    case 'resolution':
      return site.catalog.resolutions().map((resolution) => resolutionJson(resolution, baseUrl));
    case 'priority':
      return site.catalog.priorities().map((priority) => priorityJson(priority, baseUrl));
    default:
      return null;
  }
}

/** The fields of the transition's screen, as `expand=transitions.fields` lists them. */
function screenFieldsJson(site: JiraSite, transition: TransitionRecord, issue: IssueRecord, baseUrl: string): Record<string, unknown> {
  if (transition.screenId === null) return {};
  const definitions = new Map(allFields(site.customFields.all()).map((def) => [def.id, def]));
  const fields: Record<string, unknown> = {};
  for (const fieldId of site.screens.fieldIds(transition.screenId)) {
    const def = definitions.get(fieldId);
    if (def === undefined || def.settable === 'never') continue;
    const values = allowedValues(site, def, issue, baseUrl);
    fields[fieldId] = {
      required: false,
      schema: def.schema,
      name: def.name,
      key: def.id,
      hasDefaultValue: false,
      operations: isArrayKind(def.kind) ? ['set', 'add', 'remove'] : ['set'],
      ...(values === null ? {} : { allowedValues: values }),
    };
  }
  return fields;
}

/** A transition as `GET /issue/{key}/transitions` lists it; `withFields` answers `expand=transitions.fields`. */
export function transitionJson(site: JiraSite, transition: TransitionRecord, issue: IssueRecord, baseUrl: string, withFields: boolean) {
  const to = site.statuses.byId(transition.toStatusId);
  return {
    id: transition.id,
    name: transition.name,
    ...(to === null ? {} : { to: statusJson(to, baseUrl) }),
    hasScreen: transition.screenId !== null,
    isGlobal: transition.type === 'GLOBAL',
    isInitial: false,
    isAvailable: true,
    isConditional: transition.rules.conditions !== null,
    looped: false,
    ...(withFields ? { fields: screenFieldsJson(site, transition, issue, baseUrl) } : {}),
  } satisfies IssueTransitionJson;
}
