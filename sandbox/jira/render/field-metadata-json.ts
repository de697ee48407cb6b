import { isArrayKind, type FieldDefinition } from '../fields/field-catalog';
import type { FieldScope } from '../fields/screen-fields';
import type { JiraSite } from '../jira-site';
import { componentRefJson, issueTypeJson, priorityJson, projectRefJson, resolutionJson } from './catalog-json';

/**
 * The values a field offers on a screen: the enabled options of the field context that applies to
 * the project and issue type, the project's components, or the site's lists. Null where Jira
 * lists none (free text, numbers, dates, users).
 */
function allowedValues(site: JiraSite, def: FieldDefinition, scope: FieldScope, baseUrl: string): unknown[] | null {
  switch (def.kind) {
    case 'option':
    case 'options': {
      const context = site.fieldContexts.applicable(def.id, scope.project.id, scope.issueTypeId);
      const options = context === null ? [] : site.customFields.optionsOfContext(context.id).filter((option) => !option.disabled);
      return options.map((option) => ({ self: `${baseUrl}/rest/api/3/customFieldOption/${option.id}`, value: option.value, id: option.id }));
    }
    case 'components':
      return site.projects.components(scope.project.id).map((component) => componentRefJson(component, baseUrl));
    case 'resolution':
      return site.catalog.resolutions().map((resolution) => resolutionJson(resolution, baseUrl));
    case 'priority':
      return site.catalog.priorities().map((priority) => priorityJson(priority, baseUrl));
    case 'issuetype': {
      const type = site.catalog.issueTypesOfProject(scope.project.id).find((candidate) => candidate.id === scope.issueTypeId);
      return type === undefined ? [] : [issueTypeJson(type, baseUrl)];
    }
    case 'project':
      return [projectRefJson(scope.project, baseUrl)];
    default:
      return null;
  }
}

/** The value Jira fills in when a create leaves the field out: only the default priority here. */
function defaultValue(site: JiraSite, def: FieldDefinition, baseUrl: string): unknown {
  if (def.kind !== 'priority') return undefined;
  const priority = site.catalog.priorities().find((candidate) => candidate.isDefault);
  return priority === undefined ? undefined : priorityJson(priority, baseUrl);
}

/** What every create needs, whatever the field configuration: Jira refuses an issue without them. */
const REQUIRED_ON_CREATE: ReadonlySet<string> = new Set(['summary', 'issuetype', 'project']);

/**
 * A field as a screen's metadata describes it: create metadata, or a transition's screen. The
 * emulator keeps no field configurations, so only what every create needs is required, and the
 * Resolution on a transition's screen, which Jira always requires there; only a create fills in a default.
 */
export function fieldMetadataJson(site: JiraSite, def: FieldDefinition, scope: FieldScope, baseUrl: string, operation: 'create' | 'edit') {
  const values = allowedValues(site, def, scope, baseUrl);
  const fallback = operation === 'create' ? defaultValue(site, def, baseUrl) : undefined;
  return {
    required: operation === 'create' ? REQUIRED_ON_CREATE.has(def.id) : def.kind === 'resolution',
    schema: { ...def.schema },
    name: def.name,
    key: def.id,
    hasDefaultValue: fallback !== undefined,
    operations: isArrayKind(def.kind) ? ['set', 'add', 'remove'] : ['set'],
    ...(values === null ? {} : { allowedValues: values }),
    ...(fallback === undefined ? {} : { defaultValue: fallback }),
  };
}
