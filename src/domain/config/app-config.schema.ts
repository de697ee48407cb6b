import * as z from 'zod';
import { businessCalendarSchema } from '../calendar/business-calendar.schema';
import { TRIAGE } from '../metrics/metrics-query';
import { reminderPolicySchema } from '../reminders/reminder-policy.schema';
import { triageSettingsSchema } from '../triage/triage-settings.schema';

const accountId = z.string().trim().min(1, 'must be a Jira account id').max(128);
const optionalAccountId = accountId.nullable().default(null);

export const departmentSchema = z.object({
  /** Stable slug; the Department field's option maps onto it. */
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be lowercase letters, digits and dashes, at most 40')
    // Metrics count complaints without a department under this key.
    .refine((id) => id !== TRIAGE, `"${TRIAGE}" is reserved for complaints without a department`),
  name: z.string().trim().min(1, 'must not be empty').max(100),
  leadAccountId: optionalAccountId,
  deputyAccountId: optionalAccountId,
  away: z.boolean().default(false),
  escalationManagerAccountId: optionalAccountId,
  /** The department's own advocate; without one the whole advocate group is the advocate. */
  advocateAccountId: optionalAccountId,
  /** The Jira component that maps onto this department, if any. */
  componentId: z.string().regex(/^\d+$/, 'must be a Jira component id').nullable().default(null),
});
export type Department = z.infer<typeof departmentSchema>;

const groupName = z.string().trim().min(1, 'must name a Jira group').max(255);

export const appConfigSchema = z
  .object({
    departments: z.array(departmentSchema).max(200).default([]),
    groups: z
      .object({
        advocate: groupName.default('complaint-advocates'),
        manager: groupName.default('complaint-managers'),
      })
      .default({ advocate: 'complaint-advocates', manager: 'complaint-managers' }),
    calendar: businessCalendarSchema.default({
      timeZone: 'Europe/London',
      workingDays: [1, 2, 3, 4, 5],
      dayStart: '09:00',
      dayEnd: '18:00',
      holidays: [],
    }),
    policy: reminderPolicySchema.default(reminderPolicySchema.parse({})),
    /** ISO 4217 code that Compensation is reported in. */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR')
      .default('EUR'),
    /** A complaint is a repeat when the same customer or subject complained within this many days before. */
    repeatWindowDays: z.number().int().min(1).max(365).default(30),
    /**
     * Closed complaints closed longer ago than this keep only their index row: the daily retention
     * deletes their trail and contact data; Jira keeps the full issue. Six months, because at 1M
     * complaints a year a complaint with its trail costs about 1,070 bytes and a trimmed one about
     * 290 (`npm run bench`, `retention`): 0.63 GiB after the first year and 0.90 after the second,
     * inside Forge SQL's 1 GiB, where 36 months passed it within the second year.
     */
    retentionMonths: z.number().int().min(6).max(120).default(6),
    /**
     * Messages the app sends per minute at most, paced through the queue (README "How the app
     * sends messages"). 100 a minute is 6,000 notify calls an hour, a tenth of Jira's smallest
     * hourly points quota for an app, and drains the 2,500 reminders of a morning in 25 minutes.
     */
    sendsPerMinute: z.number().int().min(1).max(600).default(100),
    /** Dashboards show departments, not employees, unless a manager opts in (design.md section 1). */
    showPeopleOnDashboard: z.boolean().default(false),
    /** The triage suggestion: whether a confident one routes a complaint by itself (off by default), and above what confidence. */
    triage: triageSettingsSchema.default(triageSettingsSchema.parse({})),
  })
  .superRefine((cfg, ctx) => {
    // Ids drive routing and names are what people pick from: both must be unique.
    for (const key of ['id', 'name'] as const) {
      const seen = new Map<string, number>();
      cfg.departments.forEach((d, i) => {
        const value = d[key].toLowerCase();
        const first = seen.get(value);
        if (first === undefined) seen.set(value, i);
        else ctx.addIssue({ code: 'custom', path: ['departments', i, key], message: `repeats department ${first + 1}` });
      });
    }
  });

export type AppConfig = z.infer<typeof appConfigSchema>;
