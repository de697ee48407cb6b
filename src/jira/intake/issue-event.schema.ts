import * as z from 'zod';

/** The part of a Forge Jira issue event the app reads; Jira sends more, which is ignored. */
export const issueEventSchema = z.object({
  eventType: z.enum(['avi:jira:created:issue', 'avi:jira:updated:issue']),
  issue: z
    .object({
      id: z.string().min(1),
      key: z.string().min(1),
      fields: z.record(z.string(), z.unknown()).default({}),
    })
    .loose(),
  atlassianId: z.string().optional(),
  changelog: z
    .object({
      id: z.union([z.string(), z.number()]).transform(String).optional(),
      items: z.array(
        z.object({
          field: z.string(),
          fieldId: z.string().optional(),
          from: z.string().nullable().optional(),
          fromString: z.string().nullable().optional(),
          to: z.string().nullable().optional(),
          toString: z.string().nullable().optional(),
        }),
      ),
    })
    .optional(),
  selfGenerated: z.boolean().optional(),
});
export type IssueEvent = z.infer<typeof issueEventSchema>;
