import { z } from 'zod';
import { insertCustomField } from '../fields/insert-custom-field';
import type { JiraSite } from '../jira-site';
import { addAppToProjectRoles } from '../permissions/app-access-role';
import type { AppExtension } from '../store/app-extension-store';

/** What the Forge host hands Jira when it installs an app: the app, the environment, the manifest's modules. */
export interface ForgeAppInstallation {
  /** manifest.yml's `app.id`, `ari:cloud:ecosystem::app/{uuid}`, or the bare uuid. */
  readonly appId: string;
  readonly environmentId: string;
  /** manifest.yml's `modules`, as parsed from YAML. */
  readonly modules: unknown;
  /** The default language's text for an `{ i18n: key }`; the key itself when absent. */
  readonly translate?: (key: string) => string | undefined;
}

const text = z.union([z.string(), z.object({ i18n: z.string() })]);

// Only the modules Jira itself runs or shows; the host runs the rest.
const modulesSchema = z
  .object({
    'jira:customField': z
      .array(
        z.object({
          key: z.string(),
          name: text,
          description: text.optional(),
          type: z.enum(['string', 'number', 'user', 'date', 'datetime']),
          readOnly: z.boolean().optional(),
        }),
      )
      .default([]),
    'jira:workflowValidator': z
      .array(
        z.object({
          key: z.string(),
          expression: z.string().optional(),
          errorMessage: z.union([text, z.object({ expression: z.string() })]).optional(),
        }),
      )
      .default([]),
    'jira:workflowCondition': z.array(z.object({ key: z.string(), expression: z.string() })).default([]),
    'jira:jqlFunction': z
      .array(z.object({ key: z.string(), name: z.string(), function: z.string(), operators: z.array(z.string()), types: z.array(z.string()) }))
      .default([]),
  })
  .loose();

const APP_ARI = /^ari:cloud:ecosystem::app\/(.+)$/;

/** The ARI that workflow rules and field types use for one of the app's modules. */
const extensionKey = (installation: Pick<ForgeAppInstallation, 'appId' | 'environmentId'>, moduleKey: string): string =>
  `ari:cloud:ecosystem::extension/${APP_ARI.exec(installation.appId)?.[1] ?? installation.appId}/${installation.environmentId}/static/${moduleKey}`;

/**
 * Registers an app's custom fields, expression workflow rules and JQL functions on the site, and puts the app's
 * user in the apps' project role of every project, as installing a Forge app does. A field that exists from an earlier install keeps its id and values; a rule's
 * expression is replaced by the current manifest's. Function-based validators are not kept:
 * the sandbox has no way to call them from a transition.
 */
export function installForgeApp(site: JiraSite, installation: ForgeAppInstallation): void {
  const modules = modulesSchema.parse(installation.modules ?? {});
  const say = (value: z.infer<typeof text> | undefined): string =>
    value === undefined ? '' : typeof value === 'string' ? value : (installation.translate?.(value.i18n) ?? value.i18n);
  site.db.transaction(() => {
    for (const field of modules['jira:customField']) {
      const key = extensionKey(installation, field.key);
      if (site.extensions.byKey(key) !== null) continue;
      const fieldId = `customfield_${site.nextId('customfield')}`;
      insertCustomField(site, {
        id: fieldId,
        name: say(field.name),
        description: say(field.description),
        typeKey: key,
        searcherKey: null,
        valueType: field.type,
        readOnly: field.readOnly === true,
      });
      site.extensions.upsert({ moduleType: 'jira:customField', key, moduleKey: field.key, fieldId });
    }
    const rules: AppExtension[] = [
      ...modules['jira:workflowValidator'].flatMap((module) => {
        if (module.expression === undefined) return [];
        const message = module.errorMessage;
        return [
          {
            moduleType: 'jira:workflowValidator' as const,
            key: extensionKey(installation, module.key),
            moduleKey: module.key,
            expression: module.expression,
            errorMessage: message === undefined ? null : typeof message === 'string' || 'i18n' in message ? say(message) : null,
            errorExpression: message !== undefined && typeof message !== 'string' && 'expression' in message ? message.expression : null,
          },
        ];
      }),
      ...modules['jira:workflowCondition'].map((module) => ({
        moduleType: 'jira:workflowCondition' as const,
        key: extensionKey(installation, module.key),
        moduleKey: module.key,
        expression: module.expression,
        errorMessage: null,
        errorExpression: null,
      })),
    ];
    for (const rule of rules) site.extensions.upsert(rule);
    for (const fn of modules['jira:jqlFunction']) {
      const { name, operators, types } = fn;
      site.extensions.upsert({ moduleType: 'jira:jqlFunction', key: extensionKey(installation, fn.key), moduleKey: fn.key, name, functionKey: fn.function, operators, types });
    }
    addAppToProjectRoles(site);
  })();
}
