import type { FieldSpec } from '../../jira/provisioning/complaint-fields';
import type { ExistingField, FieldOption, NamedId } from './setup-shapes';

/** The complaint fields, their contexts in the project and their options. One method per Jira call (or paged listing). */
export interface FieldSetup {
  /** `GET /field`. */
  fields(): Promise<ExistingField[]>;
  /** `POST /field`. */
  createField(spec: FieldSpec): Promise<ExistingField>;
  /** `GET /field/{id}/context`, every page. */
  fieldContexts(fieldId: string): Promise<NamedId[]>;
  /** `POST /field/{id}/context`, scoped to the projects and issue types given. */
  createFieldContext(fieldId: string, context: { name: string; description: string; projectIds: readonly string[]; issueTypeIds: readonly string[] }): Promise<NamedId>;
  /** `GET /field/{id}/context/{contextId}/option`, every page. */
  fieldOptions(fieldId: string, contextId: string): Promise<FieldOption[]>;
  /** `POST /field/{id}/context/{contextId}/option`. */
  createFieldOptions(fieldId: string, contextId: string, values: readonly string[]): Promise<void>;
  /** `PUT /field/{id}/context/{contextId}/option`. */
  setFieldOptionsDisabled(fieldId: string, contextId: string, options: readonly { id: string; disabled: boolean }[]): Promise<void>;
}
