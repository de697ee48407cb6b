import * as z from 'zod';
import { STATUSES } from '../../../domain/complaint';
import { FIELD_KEYS, FORGE_FIELD_KEYS } from '../../../jira/provisioning/complaint-fields';
import type { ProjectBinding } from '../../../jira/provisioning/project-binding';
import type { KeyValueStore } from '../../../ports/key-value.port';
import type { ProjectBindingRepository } from '../../../ports/project-binding.port';
import { kvsDocument } from './kvs-document';

const keyOf = (projectKey: string): string => `binding:${projectKey}`;

const ids = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, z.string().min(1)])) as Record<K, z.ZodString>);

const bindingSchema = z.object({
  projectKey: z.string().min(1),
  issueTypeId: z.string().min(1),
  statusIds: ids(STATUSES),
  fieldIds: ids([...FIELD_KEYS, ...FORGE_FIELD_KEYS]),
}) satisfies z.ZodType<ProjectBinding>;

/** The keys of the projects Set up project bound, which reconciliation walks. */
const PROJECTS_KEY = 'binding:projects';
const projectKeys = z.array(z.string()).catch([]);

/** One KVS document per project, plus the list of bound projects. */
export const projectBindingRepository = (kv: KeyValueStore): ProjectBindingRepository => {
  const load = (projectKey: string): Promise<ProjectBinding | null> => kvsDocument(kv, keyOf(projectKey), bindingSchema).load();
  return {
    load,
    async save(binding) {
      await kv.set(keyOf(binding.projectKey), binding);
      const known = projectKeys.parse(await kv.get(PROJECTS_KEY));
      if (!known.includes(binding.projectKey)) await kv.set(PROJECTS_KEY, [...known, binding.projectKey]);
    },
    async all() {
      const bindings = await Promise.all(projectKeys.parse(await kv.get(PROJECTS_KEY)).map(load));
      return bindings.filter((b) => b !== null);
    },
  };
};
