import { z } from 'zod';
import { STATUSES } from '../domain/complaint';
import { FIELD_KEYS, FORGE_FIELD_KEYS } from '../domain/provisioning/complaint-fields';
import type { ProjectBinding } from '../domain/provisioning/project-binding';
import type { KeyValueStore } from '../ports/key-value.port';

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

export const saveProjectBinding = (kv: KeyValueStore) => (binding: ProjectBinding): Promise<void> => kv.set(keyOf(binding.projectKey), binding);
