import type { CloudCalls } from '../jira/jira-calls';
import type { FieldSetup } from '../../../ports/setup/field-setup.port';
import { allPages, idText, present } from './jira-answers';

/** Custom fields, their contexts and their options. */
export const fieldSetup = (cloud: CloudCalls): FieldSetup => ({
  fields: async () =>
    (await cloud.issueFields.getFields()).map((f) => ({
      id: present(f.id, 'field id'),
      name: present(f.name, 'field name'),
      customType: f.custom === true ? (f.schema?.custom ?? null) : null,
    })),
  createField: async (spec) => {
    const made = await cloud.issueFields.createCustomField({ name: spec.name, description: spec.description, type: spec.type, searcherKey: spec.searcherKey });
    return { id: present(made.id, 'field id'), name: present(made.name, 'field name'), customType: made.schema?.custom ?? spec.type };
  },
  fieldContexts: async (fieldId) =>
    (await allPages((startAt) => cloud.issueCustomFieldContexts.getContextsForField({ fieldId, startAt }))).map((c) => ({ id: c.id, name: c.name })),
  createFieldContext: async (fieldId, context) => {
    const made = await cloud.issueCustomFieldContexts.createCustomFieldContext({
      fieldId,
      name: context.name,
      description: context.description,
      projectIds: [...context.projectIds],
      issueTypeIds: [...context.issueTypeIds],
    });
    return { id: idText(made.id, 'field context id'), name: made.name };
  },
  fieldOptions: async (fieldId, contextId) =>
    (await allPages((startAt) => cloud.issueCustomFieldOptions.getOptionsForContext({ fieldId, contextId: Number(contextId), startAt }))).map((o) => ({
      id: o.id,
      value: o.value,
      disabled: o.disabled,
    })),
  createFieldOptions: async (fieldId, contextId, values) => {
    await cloud.issueCustomFieldOptions.createCustomFieldOption({ fieldId, contextId: Number(contextId), options: values.map((value) => ({ value })) });
  },
  setFieldOptionsDisabled: async (fieldId, contextId, options) => {
    await cloud.issueCustomFieldOptions.updateCustomFieldOption({ fieldId, contextId: Number(contextId), options: options.map((o) => ({ ...o })) });
  },
});
