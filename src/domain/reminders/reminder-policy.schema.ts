import * as z from 'zod';

export const PRESETS = ['none', 'fca', 'cfpb', 'custom'] as const;
export type RegulatoryPreset = (typeof PRESETS)[number];

const businessDays = z.number().int().min(0).max(365);

/**
 * The reminder and escalation policy of design.md section 5. Every number is configurable;
 * the defaults are the table there.
 */
export const reminderPolicySchema = z.object({
  registered: z
    .object({
      /** The lead should start work within this many business days. */
      dueBusinessDays: businessDays.default(1),
      /** Escalate to the department's escalation manager after this many business days. */
      escalateAfterBusinessDays: businessDays.default(3),
    })
    .default({ dueBusinessDays: 1, escalateAfterBusinessDays: 3 }),
  inProgress: z
    .object({
      /** First reminder this many business days before the Measures deadline. */
      remindBeforeBusinessDays: businessDays.default(1),
      /** Escalate this many business days after the deadline. */
      escalateAfterBusinessDays: businessDays.default(2),
    })
    .default({ remindBeforeBusinessDays: 1, escalateAfterBusinessDays: 2 }),
  measuresDone: z
    .object({
      /** The advocate should call the customer within this many business days. */
      dueBusinessDays: businessDays.default(2),
      /** Escalate to the manager group after this many business days. */
      escalateAfterBusinessDays: businessDays.default(5),
    })
    .default({ dueBusinessDays: 2, escalateAfterBusinessDays: 5 }),
  overall: z
    .object({
      preset: z.enum(PRESETS).default('none'),
      /** Only for `custom`: the final-response limit in calendar days. */
      customFinalResponseDays: z.number().int().min(1).max(3650).optional(),
      /** Share of the limit at which the manager group is alerted. */
      escalateAtShare: z.number().gt(0).lt(1).default(0.8),
    })
    .default({ preset: 'none', escalateAtShare: 0.8 })
    .refine((o) => o.preset !== 'custom' || o.customFinalResponseDays !== undefined, {
      message: 'a custom preset needs its final-response limit in days',
      path: ['customFinalResponseDays'],
    }),
});

export type ReminderPolicy = z.infer<typeof reminderPolicySchema>;
