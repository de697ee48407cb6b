import { parseISO } from 'date-fns';
import * as z from 'zod';
import { CHANNELS, type Channel, type Resolution, type Satisfaction, type Subject } from '../../domain/complaint';
import type { AppConfig } from '../../domain/config/app-config.schema';
import { CHANNEL_LABELS, YES, type AnyFieldKey } from '../provisioning/complaint-fields';
import { statusOfId, type ProjectBinding } from '../provisioning/project-binding';
import { STATUS_FOR_CATEGORY, type StatusCategory } from '../provisioning/complaint-statuses';
import type { DepartmentRef, IssueSnapshot } from '../../domain/intake/complaint-snapshot';
import { adfText } from './adf-text';

// Each field is read on its own and a malformed one reads as empty: a complaint is never dropped for one odd value.
const lenient = <T extends z.ZodType>(schema: T) => schema.nullable().optional().catch(null);
const option = lenient(z.object({ value: z.string() }).loose());
const account = lenient(z.object({ accountId: z.string().min(1) }).loose());
const text = lenient(z.string());
const num = lenient(z.number());
const time = lenient(z.string().transform((s, ctx) => {
  const ms = parseISO(s).getTime();
  if (Number.isNaN(ms)) ctx.addIssue({ code: 'custom', message: 'not a timestamp' });
  return ms;
}));

const issueSchema = z.object({
  id: z.string().min(1),
  key: z.string().min(1),
  fields: z
    .object({
      project: z.object({ key: z.string().min(1) }).loose(),
      summary: text,
      description: z.unknown().optional(),
      status: lenient(z.object({ id: z.string(), statusCategory: z.object({ key: z.string() }).loose().optional() }).loose()),
      resolution: lenient(z.object({ name: z.string() }).loose()),
      assignee: account,
      reporter: account,
      components: lenient(z.array(z.object({ id: z.string() }).loose())),
      issuelinks: lenient(z.array(z.object({ type: z.object({ name: z.string() }).loose(), outwardIssue: z.object({ key: z.string() }).loose().optional() }).loose())),
      created: time,
      updated: time,
      resolutiondate: time,
      statuscategorychangedate: time,
    })
    .loose(),
});

/** Jira's own link type for duplicates (inward "is duplicated by", outward "duplicates"). */
export const DUPLICATE_LINK = 'Duplicate';

/** The Duplicate of field as typed: an issue key, in Jira's upper case; null when blank. */
const duplicateKeyOf = (typed: string | null | undefined): string | null => {
  const key = typed?.trim().toUpperCase() ?? '';
  return key === '' ? null : key;
};

const CATEGORY_OF_KEY: Readonly<Record<string, StatusCategory>> = { new: 'TODO', indeterminate: 'IN_PROGRESS', done: 'DONE' };

const resolutionOf = (name: string | null | undefined): Resolution | null => {
  if (name === null || name === undefined) return null;
  const n = name.toLowerCase();
  if (n.includes('duplicate')) return 'duplicate';
  if (n.includes('withdrawn') || n.includes("won't")) return 'withdrawn';
  return 'done';
};

const channelOf = (label: string | null | undefined): Channel | null =>
  CHANNELS.find((c) => CHANNEL_LABELS[c].toLowerCase() === label?.toLowerCase()) ?? null;

const yesNoOf = (text: string | null | undefined): boolean | null => (text === null || text === undefined ? null : text.toLowerCase() === 'yes');

const satisfactionOf = (n: number | null | undefined): Satisfaction | null =>
  n !== null && n !== undefined && Number.isInteger(n) && n >= 1 && n <= 5 ? (n as Satisfaction) : null;

const departmentRefOf = (name: string | null | undefined, componentIds: readonly string[], config: Pick<AppConfig, 'departments'>): DepartmentRef => {
  if (name !== null && name !== undefined && name.trim() !== '') {
    const dept = config.departments.find((d) => d.name.toLowerCase() === name.trim().toLowerCase());
    return dept ? { kind: 'known', id: dept.id } : { kind: 'unknown', name };
  }
  // A portal request may carry only a component; the configuration maps components onto departments.
  const byComponent = config.departments.find((d) => d.componentId !== null && componentIds.includes(d.componentId));
  return byComponent ? { kind: 'known', id: byComponent.id } : { kind: 'none' };
};

/**
 * Reads a complaint from a Jira issue as an event or a search gives it (REST v3 shapes), by the
 * ids Set up project bound. Returns null only when the issue has no id, key or project.
 */
export const issueSnapshot = (issue: unknown, binding: ProjectBinding, config: Pick<AppConfig, 'departments'>): IssueSnapshot | null => {
  const parsed = issueSchema.safeParse(issue);
  if (!parsed.success) return null;
  const { id, key, fields } = parsed.data;
  const custom = (field: AnyFieldKey): unknown => (fields as Record<string, unknown>)[binding.fieldIds[field]];
  const subjectUser = account.parse(custom('subjectUser'));
  const subjectService = text.parse(custom('subjectService'));
  const subject: Subject | null = subjectUser
    ? { kind: 'employee', accountId: subjectUser.accountId }
    : subjectService && subjectService.trim() !== ''
      ? { kind: 'service', name: subjectService.trim() }
      : null;
  const department = departmentRefOf(option.parse(custom('department'))?.value, (fields.components ?? []).map((c) => c.id), config);
  const category = CATEGORY_OF_KEY[fields.status?.statusCategory?.key ?? ''];
  const status = statusOfId(binding, fields.status?.id) ?? (category === undefined ? 'registered' : STATUS_FOR_CATEGORY[category]);
  const createdAt = fields.created ?? 0;
  const updatedAt = fields.updated ?? createdAt;
  const resolution = status === 'closed' ? resolutionOf(fields.resolution?.name) : null;
  return {
    complaint: {
      issueId: id,
      issueKey: key,
      projectKey: fields.project.key,
      departmentId: department.kind === 'known' ? department.id : null,
      subject,
      channel: channelOf(option.parse(custom('channel'))?.value),
      anonymous: option.parse(custom('anonymous'))?.value === YES,
      status,
      resolution,
      assigneeAccountId: fields.assignee?.accountId ?? null,
      reporterAccountId: fields.reporter?.accountId ?? null,
      measures: adfText(custom('measures')),
      measuresDeadline: lenient(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).parse(custom('measuresDeadline')) ?? null,
      actionTaken: adfText(custom('actionTaken')),
      compensation: num.parse(custom('compensation')) ?? null,
      satisfaction: satisfactionOf(num.parse(custom('satisfaction'))),
      consideredResolved: yesNoOf(text.parse(custom('consideredResolved'))),
      createdAt,
      // Jira keeps no "status changed" field for a change within a category; the event that carries the change sets it.
      statusChangedAt: fields.statuscategorychangedate ?? createdAt,
      closedAt: status === 'closed' ? (fields.resolutiondate ?? updatedAt) : null,
    },
    department,
    summary: fields.summary ?? '',
    description: adfText(fields.description) ?? '',
    duplicateOf: duplicateKeyOf(text.parse(custom('duplicateOf'))),
    // "This issue duplicates X": the outward side of Jira's Duplicate link.
    duplicates: (fields.issuelinks ?? []).filter((l) => l.type.name === DUPLICATE_LINK).flatMap((l) => (l.outwardIssue === undefined ? [] : [l.outwardIssue.key])),
    updatedAt,
  };
};

/** The key of an issue as a search returns it, even one `issueSnapshot` cannot read; null when it has none. */
export const issueKeyOf = (issue: unknown): string | null => z.object({ key: z.string().min(1) }).safeParse(issue).data?.key ?? null;
