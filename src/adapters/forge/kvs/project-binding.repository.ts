import { z } from 'zod';
import { STATUSES } from '../../../domain/complaint';
import { FIELD_KEYS, FORGE_FIELD_KEYS } from '../../../jira/provisioning/complaint-fields';
import type { ProjectBinding } from '../../../jira/provisioning/project-binding';
import type { KeyValueStore } from '../../../ports/key-value.port';

const keyOf = (projectKey: string): string => `binding:${projectKey}`;

const ids = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, z.string().min(1)])) as Record<K, z.ZodString>);

const bindingSchema = z.object({
  projectKey: z.string().min(1),
  issueTypeId: z.string().min(1),
  statusIds: ids(STATUSES),
  fieldIds: ids([...FIELD_KEYS, ...FORGE_FIELD_KEYS]),
}) satisfies z.ZodType<ProjectBinding>;

/** What Set up project bound in a project; null before it ran there (events of that project are then not complaints the app can read). */
export const loadProjectBinding = async (kv: KeyValueStore, projectKey: string): Promise<ProjectBinding | null> => {
  const parsed = bindingSchema.safeParse(await kv.get(keyOf(projectKey)));
  return parsed.success ? parsed.data : null;
};

/** The keys of the projects Set up project bound, which reconciliation walks. */
const PROJECTS_KEY = 'binding:projects';
const projectKeys = z.array(z.string()).catch([]);

export const saveProjectBinding = (kv: KeyValueStore) => async (binding: ProjectBinding): Promise<void> => {
  await kv.set(keyOf(binding.projectKey), binding);
  const known = projectKeys.parse(await kv.get(PROJECTS_KEY));
  if (!known.includes(binding.projectKey)) await kv.set(PROJECTS_KEY, [...known, binding.projectKey]);
};

/** Every project's binding. */
export const loadProjectBindings = async (kv: KeyValueStore): Promise<ProjectBinding[]> => {
  const bindings = await Promise.all(projectKeys.parse(await kv.get(PROJECTS_KEY)).map((key) => loadProjectBinding(kv, key)));
  return bindings.filter((b) => b !== null);
};
