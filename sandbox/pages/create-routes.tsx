import { readForm, redirect } from '../http/http-kit';
import { CreatePage, createTypeValue, type CreatableType } from './create-page';
import { allPages, refusalOf, type JiraAnswer, type JiraClient, type Refusal } from './jira-client';
import { jira, ok, page, pickableUsers, type Args } from './page-kit';
import { createMetaFieldsPage, createMetaIssueTypesPage, formValues, jiraFields, screenField, type FormValues, type ScreenField } from './screen-field';

/** The fields every create names; the page sends them from the type picker rather than as inputs. */
const PICKED = new Set(['project', 'issuetype']);

/** The issue types the viewer may create, project by project, from create metadata as a non-admin client reads it. */
const creatableTypes = async (client: JiraClient): Promise<CreatableType[]> => {
  const listed = await client.get('/rest/api/3/project');
  const projects = Array.isArray(listed.body) ? (listed.body as { key?: unknown; name?: unknown }[]) : [];
  const perProject = await Promise.all(
    projects.map(async ({ key, name }) => {
      const projectKey = String(key);
      const types = await allPages(client, `/rest/api/3/issue/createmeta/${encodeURIComponent(projectKey)}/issuetypes`, (body) => {
        const parsed = createMetaIssueTypesPage.parse(body);
        return { items: parsed.issueTypes, total: parsed.total };
      });
      // A project the viewer may not create issues in answers 400: it offers no types.
      return Array.isArray(types) ? types.map((type) => ({ projectKey, projectName: String(name), typeId: type.id, typeName: type.name })) : [];
    }),
  );
  return perProject.flat();
};

/** The create screen's fields of a type, without the project and issue type; or Jira's refusal. */
const createFields = async (client: JiraClient, type: CreatableType): Promise<ScreenField[] | JiraAnswer> => {
  const path = `/rest/api/3/issue/createmeta/${encodeURIComponent(type.projectKey)}/issuetypes/${encodeURIComponent(type.typeId)}`;
  const fields = await allPages(client, path, (body) => {
    const parsed = createMetaFieldsPage.parse(body);
    return { items: parsed.fields, total: parsed.total };
  });
  return Array.isArray(fields) ? fields.filter((meta) => !PICKED.has(meta.fieldId)).map((meta) => screenField(meta.fieldId, meta)) : fields;
};

const typeNamed = (types: readonly CreatableType[], value: string | null): CreatableType | null =>
  types.find((type) => createTypeValue(type) === value) ?? null;

/** Renders the Create page for the chosen type, with what the form sent and Jira's refusal, if any. */
const renderCreate = async (args: Args, choice: string | null, values: FormValues, refusal: Refusal | null, status = 200): Promise<void> => {
  const client = jira(args.ctx);
  const types = await creatableTypes(client);
  // The page opens on the first type the viewer may create, as Jira's dialog opens on one.
  const chosen = typeNamed(types, choice) ?? types[0] ?? null;
  const loaded = chosen === null ? [] : await createFields(client, chosen);
  const fields = Array.isArray(loaded) ? loaded : [];
  const shown = Array.isArray(loaded) ? refusal : refusalOf(loaded, new Set());
  const users = fields.some((field) => field.kind === 'user' || field.kind === 'users') ? await pickableUsers(client) : [];
  page(args, 'Create issue', 'create', <CreatePage types={types} chosen={chosen} fields={fields} values={values} refusal={shown} users={users} />, status);
};

const createForm = (args: Args): Promise<void> => renderCreate(args, args.url.searchParams.get('issuetype'), {}, null);

/** Posts the create screen's fields as `POST /issue`; Jira's refusal comes back beside the fields it names. */
const create = async (args: Args): Promise<void> => {
  const { req, res, ctx } = args;
  const form = await readForm(req);
  const values = formValues(form);
  const client = jira(ctx);
  const chosen = typeNamed(await creatableTypes(client), form.get('issuetype'));
  if (chosen === null) {
    await renderCreate(args, null, values, { messages: ['Choose a project and an issue type you may create.'], fields: {} }, 400);
    return;
  }
  const fields = await createFields(client, chosen);
  if (!Array.isArray(fields)) {
    await renderCreate(args, createTypeValue(chosen), values, refusalOf(fields, new Set()), fields.status);
    return;
  }
  const answer = await client.send('POST', '/rest/api/3/issue', {
    fields: { project: { key: chosen.projectKey }, issuetype: { id: chosen.typeId }, ...jiraFields(fields, values) },
  });
  if (!ok(answer)) {
    await renderCreate(args, createTypeValue(chosen), values, refusalOf(answer, new Set(fields.map((field) => field.id))), answer.status);
    return;
  }
  await ctx.services.settle();
  redirect(res, `/browse/${encodeURIComponent(String((answer.body as { key?: unknown }).key))}`);
};

export const createHandlers = { createForm, create } as const;
