import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/** The Custom UI module types the host pages can render. */
const UI_MODULE_TYPES = [
  'jira:issuePanel',
  'jira:dashboardGadget',
  'jira:adminPage',
  'jiraServiceManagement:portalRequestDetail',
  'jiraServiceManagement:portalProfilePanel',
  'jiraServiceManagement:queuePage',
] as const;
export type UiModuleType = (typeof UI_MODULE_TYPES)[number];

export const SCHEDULE_INTERVALS_MS = {
  fiveMinute: 5 * 60_000,
  hour: 60 * 60_000,
  day: 24 * 60 * 60_000,
  week: 7 * 24 * 60 * 60_000,
} as const;
export type ScheduleInterval = keyof typeof SCHEDULE_INTERVALS_MS;

const i18nText = z.union([z.string(), z.object({ i18n: z.string() })]);

const uiModule = z
  .object({
    key: z.string(),
    resource: z.string(),
    resolver: z.object({ function: z.string() }).optional(),
    title: i18nText.optional(),
    edit: z.object({ resource: z.string() }).optional(),
    displayConditions: z.object({ issueType: z.string().optional() }).loose().optional(),
    unlicensedAccess: z.array(z.string()).optional(),
  })
  .loose();

// Only what the host acts on; the real manifest validator checks the rest (test/manifest.test.ts).
const manifestSchema = z.object({
  modules: z
    .object({
      'jira:issuePanel': z.array(uiModule).default([]),
      'jira:dashboardGadget': z.array(uiModule).default([]),
      'jira:adminPage': z.array(uiModule).default([]),
      'jiraServiceManagement:portalRequestDetail': z.array(uiModule).default([]),
      'jiraServiceManagement:portalProfilePanel': z.array(uiModule).default([]),
      'jiraServiceManagement:queuePage': z.array(uiModule).default([]),
      trigger: z
        .array(
          z.object({
            key: z.string(),
            function: z.string(),
            events: z.array(z.string()),
            filter: z.object({ expression: z.string().optional(), ignoreSelf: z.boolean().optional() }).optional(),
          }),
        )
        .default([]),
      scheduledTrigger: z
        .array(z.object({ key: z.string(), function: z.string(), interval: z.enum(['fiveMinute', 'hour', 'day', 'week']) }))
        .default([]),
      consumer: z.array(z.object({ key: z.string(), queue: z.string(), function: z.string() })).default([]),
      function: z.array(z.object({ key: z.string(), handler: z.string(), timeoutSeconds: z.number().optional() })).default([]),
    })
    .loose(),
  resources: z.array(z.object({ key: z.string(), path: z.string() })).default([]),
  translations: z
    .object({
      resources: z.array(z.object({ key: z.string(), path: z.string() })),
      fallback: z.object({ default: z.string() }),
    })
    .optional(),
  app: z.object({ id: z.string() }).loose(),
});

export interface FunctionDef {
  readonly key: string;
  /** `index.panelResolver`: the file, then the export. */
  readonly handler: string;
  readonly timeoutSeconds: number;
}
export interface TriggerDef {
  readonly key: string;
  readonly functionKey: string;
  readonly events: readonly string[];
  readonly filterExpression: string | null;
  readonly ignoreSelf: boolean;
}
export interface ScheduledTriggerDef {
  readonly key: string;
  readonly functionKey: string;
  readonly interval: ScheduleInterval;
}
export interface ConsumerDef {
  readonly key: string;
  readonly queue: string;
  readonly functionKey: string;
}
export interface UiModuleDef {
  readonly type: UiModuleType;
  readonly key: string;
  readonly resourceKey: string;
  readonly editResourceKey: string | null;
  readonly resolverFunctionKey: string | null;
  readonly title: string;
  /** For issue panels: the issue type the module is shown on, or null for every issue. */
  readonly issueType: string | null;
  /** The unlicensed users Forge runs the module for (`customer`, `unlicensed`, `anonymous`); licensed users always. */
  readonly unlicensedAccess: readonly string[];
}
export interface AppManifest {
  readonly appId: string;
  readonly functions: ReadonlyMap<string, FunctionDef>;
  readonly triggers: readonly TriggerDef[];
  readonly scheduledTriggers: readonly ScheduledTriggerDef[];
  readonly consumers: readonly ConsumerDef[];
  readonly uiModules: readonly UiModuleDef[];
  /** Resource key → absolute folder of the built Custom UI. */
  readonly resources: ReadonlyMap<string, string>;
}

// Forge's default function timeout.
const DEFAULT_TIMEOUT_SECONDS = 25;

const readCatalogue = (rootDir: string, translations: z.infer<typeof manifestSchema>['translations']): unknown => {
  const fallback = translations?.resources.find((r) => r.key === translations.fallback.default);
  return fallback ? (JSON.parse(readFileSync(path.join(rootDir, fallback.path), 'utf8')) as unknown) : {};
};

const lookup = (catalogue: unknown, dotted: string): string | null => {
  const value = dotted.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), catalogue);
  return typeof value === 'string' ? value : null;
};

/** Reads manifest.yml text into the model the host runs; titles come from the fallback translations. */
export const parseManifest = (yamlText: string, rootDir: string): AppManifest => {
  const raw = manifestSchema.parse(parse(yamlText));
  const catalogue = readCatalogue(rootDir, raw.translations);
  const text = (value: z.infer<typeof i18nText> | undefined, fallback: string): string =>
    value === undefined ? fallback : typeof value === 'string' ? value : (lookup(catalogue, value.i18n) ?? value.i18n);

  const functions = new Map(raw.modules.function.map((f) => [f.key, { key: f.key, handler: f.handler, timeoutSeconds: f.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS }]));
  const uiModules = UI_MODULE_TYPES.flatMap((type) =>
    raw.modules[type].map((m) => ({
      type,
      key: m.key,
      resourceKey: m.resource,
      editResourceKey: m.edit?.resource ?? null,
      resolverFunctionKey: m.resolver?.function ?? null,
      title: text(m.title, m.key),
      issueType: m.displayConditions?.issueType ?? null,
      unlicensedAccess: m.unlicensedAccess ?? [],
    })),
  );
  return {
    appId: raw.app.id,
    functions,
    triggers: raw.modules.trigger.map((t) => ({
      key: t.key,
      functionKey: t.function,
      events: t.events,
      filterExpression: t.filter?.expression ?? null,
      // Self events are dropped only when the manifest opts in with `ignoreSelf: true`.
      ignoreSelf: t.filter?.ignoreSelf ?? false,
    })),
    scheduledTriggers: raw.modules.scheduledTrigger.map((s) => ({ key: s.key, functionKey: s.function, interval: s.interval })),
    consumers: raw.modules.consumer.map((c) => ({ key: c.key, queue: c.queue, functionKey: c.function })),
    uiModules,
    resources: new Map(raw.resources.map((r) => [r.key, path.resolve(rootDir, r.path)])),
  };
};

export const loadManifest = (manifestPath: string): AppManifest => parseManifest(readFileSync(manifestPath, 'utf8'), path.dirname(manifestPath));
