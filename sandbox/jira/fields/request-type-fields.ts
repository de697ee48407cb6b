import type { JiraSite } from '../jira-site';
import type { FieldDefinition } from './field-catalog';
import { operationScreenId, settableScreenFields, type FieldScope } from './screen-fields';
import { REQUEST_PARTICIPANTS_FIELD, REQUEST_TYPE_FIELD } from './well-known-fields';

/**
 * Fields a JSM request form never shows: the request names the project and type itself, takes the
 * reporter as `raiseOnBehalfOf` and participants as `requestParticipants`, and the team, not the
 * customer, picks the assignee (our reading: JSM offers no Assignee field on a request type).
 */
const NOT_ON_REQUEST_FORMS: ReadonlySet<string> = new Set(['project', 'issuetype', 'reporter', 'assignee', REQUEST_TYPE_FIELD, REQUEST_PARTICIPANTS_FIELD]);

/**
 * A request type's fields: the settable fields of its issue type's create screen, less those no
 * request form has. The emulator keeps no per-request-type field list, so every request type of
 * an issue type offers the same fields.
 */
export const requestTypeFieldDefs = (site: JiraSite, scope: FieldScope): FieldDefinition[] =>
  settableScreenFields(site, operationScreenId(site, scope, 'create'), scope, 'create').filter((def) => !NOT_ON_REQUEST_FORMS.has(def.id));
