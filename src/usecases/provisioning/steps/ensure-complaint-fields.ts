import { AppError } from '../../../domain/app-error';
import type { AppConfig } from '../../../domain/config/app-config.schema';
import {
  COMPLAINT_FIELDS,
  FIELD_KEYS,
  FORGE_FIELD_KEYS,
  FORGE_FIELDS,
  fieldContextName,
  fieldOptions,
  type FieldIds,
  type FieldKey,
  type ForgeFieldKey,
} from '../../../jira/provisioning/complaint-fields';
import { sameName } from '../../../jira/provisioning/complaint-statuses';
import { extensionAri, type AppIdentity } from '../../../jira/provisioning/forge-rule';
import type { FieldSetup } from '../../../ports/setup/field-setup.port';
import type { ExistingField, SetupProject } from '../../../ports/setup/setup-shapes';
import type { RecordChange } from './record-change';

export interface FieldsInput {
  readonly jira: FieldSetup;
  readonly project: SetupProject;
  readonly complaintTypeId: string;
  readonly config: Pick<AppConfig, 'departments'>;
  readonly app: AppIdentity;
  readonly record: RecordChange;
}

/** The wanted options are offered and enabled; options no longer configured are disabled, never deleted, so old complaints keep their value. */
const ensureOptions = async (input: FieldsInput, fieldId: string, contextId: string, wanted: readonly string[]): Promise<void> => {
  const current = await input.jira.fieldOptions(fieldId, contextId);
  const missing = wanted.filter((value) => !current.some((o) => o.value === value));
  if (missing.length > 0) {
    await input.jira.createFieldOptions(fieldId, contextId, missing);
    for (const value of missing) input.record({ action: 'created', entity: 'field-option', name: value });
  }
  const toggles = current.filter((o) => wanted.includes(o.value) === o.disabled).map((o) => ({ id: o.id, value: o.value, disabled: !o.disabled }));
  if (toggles.length > 0) {
    await input.jira.setFieldOptionsDisabled(fieldId, contextId, toggles.map(({ id, disabled }) => ({ id, disabled })));
    for (const t of toggles) input.record({ action: 'updated', entity: 'field-option', name: t.value });
  }
};

const ensureField = async (input: FieldsInput, existing: readonly ExistingField[], key: FieldKey): Promise<string> => {
  const spec = COMPLAINT_FIELDS[key];
  let field = existing.find((f) => f.customType === spec.type && sameName(f.name, spec.name));
  if (field === undefined) {
    field = await input.jira.createField(spec);
    input.record({ action: 'created', entity: 'field', name: spec.name });
  }
  const contextName = fieldContextName(input.project.key);
  let context = (await input.jira.fieldContexts(field.id)).find((c) => c.name === contextName);
  if (context === undefined) {
    context = await input.jira.createFieldContext(field.id, {
      name: contextName,
      description: `${spec.name} on complaints in ${input.project.name}.`,
      projectIds: [input.project.id],
      issueTypeIds: [input.complaintTypeId],
    });
    input.record({ action: 'created', entity: 'field-context', name: `${spec.name}: ${contextName}` });
  }
  const options = fieldOptions(key, input.config);
  if (options !== null) await ensureOptions(input, field.id, context.id, options);
  return field.id;
};

/** Forge creates the app's own fields on install; an install in another environment of the same app does not count. */
const findForgeField = (input: FieldsInput, existing: readonly ExistingField[], key: ForgeFieldKey): string => {
  const moduleKey = FORGE_FIELDS[key];
  const exact = existing.find((f) => f.customType === extensionAri(input.app, moduleKey));
  if (exact !== undefined) return exact.id;
  throw new AppError(
    'NOT_FOUND',
    `The app's field "${moduleKey}" is not on this site. Forge adds it when the app is installed: reinstall Complaint Advocate, then run Set up project again.`,
  );
};

/**
 * The complaint fields exist, each with a context for this project's complaints and the
 * configured options, and the app's Forge fields are found. Returns every field's id.
 */
export const ensureComplaintFields = async (input: FieldsInput): Promise<FieldIds> => {
  const existing = await input.jira.fields();
  const ids: Partial<Record<FieldKey | ForgeFieldKey, string>> = {};
  for (const key of FORGE_FIELD_KEYS) ids[key] = findForgeField(input, existing, key);
  for (const key of FIELD_KEYS) ids[key] = await ensureField(input, existing, key);
  return ids as FieldIds;
};
