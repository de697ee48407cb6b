import type { JiraSite } from '../jira-site';
import type { ProjectRecord } from '../store/project-store';
import { allFields, type FieldDefinition } from './field-catalog';

/** The operations a screen scheme may name a screen for; `default` serves the ones it leaves out. */
export type ScreenOperation = 'create' | 'edit' | 'view';

/** Where a field is set: a project and an issue type, which pick the screens and the field contexts. */
export interface FieldScope {
  readonly project: ProjectRecord;
  readonly issueTypeId: string;
}

/**
 * The screen Jira uses for an operation: the project's issue type screen scheme gives the type's
 * screen scheme (else its `default` row), which gives the operation's screen (else its default).
 */
export function operationScreenId(site: JiraSite, scope: FieldScope, operation: ScreenOperation): string | null {
  const mappings = site.screenSchemes.mappings(scope.project.issueTypeScreenSchemeId);
  const mapping = mappings.find((row) => row.issueTypeId === scope.issueTypeId) ?? mappings.find((row) => row.issueTypeId === 'default');
  const scheme = mapping === undefined ? null : site.screenSchemes.byId(mapping.screenSchemeId);
  return scheme === null ? null : (scheme.screens[operation] ?? scheme.screens.default);
}

/** The ids of the fields on a screen, every tab; none without a screen. */
export const screenFieldIds = (site: JiraSite, screenId: string | null): ReadonlySet<string> =>
  new Set(screenId === null ? [] : site.screens.fieldIds(screenId));

/** A custom field exists for an issue only where one of its contexts applies to the project and type. */
export const appliesIn = (site: JiraSite, def: FieldDefinition, scope: FieldScope): boolean =>
  !def.custom || site.fieldContexts.applicable(def.id, scope.project.id, scope.issueTypeId) !== null;

/** Whether a field may be written in this mode at all, whatever the screen. */
export const writableIn = (def: FieldDefinition, mode: 'create' | 'edit'): boolean =>
  def.settable === 'always' || (def.settable === 'create' && mode === 'create');

/**
 * The fields a request through this screen may set, in the screen's order: known to the site,
 * writable in the mode (never the app's read-only fields) and with a context that applies.
 */
export function settableScreenFields(site: JiraSite, screenId: string | null, scope: FieldScope, mode: 'create' | 'edit'): FieldDefinition[] {
  const definitions = new Map(allFields(site.customFields.all()).map((def) => [def.id, def]));
  return [...screenFieldIds(site, screenId)].flatMap((fieldId) => {
    const def = definitions.get(fieldId);
    return def !== undefined && writableIn(def, mode) && appliesIn(site, def, scope) ? [def] : [];
  });
}
