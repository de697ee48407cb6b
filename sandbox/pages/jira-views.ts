import { z } from 'zod';
import { adfToText, isAdfDocument } from '../jira/fields/adf';
import { screenFieldMeta } from './screen-field';

/** The slices of Jira's REST answers that the host pages show, checked at the boundary. */
const user = z.object({ accountId: z.string(), displayName: z.string() }).loose();
const statusCategory = z.object({ key: z.string(), name: z.string().optional() }).loose();
const status = z.object({ id: z.string().optional(), name: z.string(), statusCategory }).loose();

export const issueView = z
  .object({
    id: z.string(),
    key: z.string(),
    fields: z
      .object({
        summary: z.string(),
        status,
        issuetype: z.object({ id: z.string(), name: z.string() }).loose(),
        project: z.object({ id: z.string(), key: z.string(), name: z.string(), projectTypeKey: z.string().optional() }).loose(),
        reporter: user.nullish(),
        assignee: user.nullish(),
        priority: z.object({ name: z.string() }).loose().nullish(),
        components: z.array(z.object({ name: z.string() }).loose()).nullish(),
        created: z.string().nullish(),
        updated: z.string().nullish(),
        description: z.unknown(),
      })
      .loose(),
    names: z.record(z.string(), z.string()).optional(),
  })
  .loose();
export type IssueView = z.infer<typeof issueView>;

export const transitionsView = z.object({
  transitions: z.array(
    z
      .object({
        id: z.string(),
        name: z.string(),
        to: status.optional(),
        hasScreen: z.boolean().optional(),
        // Present with `expand=transitions.fields`: the screen's fields by id.
        fields: z.record(z.string(), screenFieldMeta).optional(),
      })
      .loose(),
  ),
});
export type TransitionView = z.infer<typeof transitionsView>['transitions'][number];

export const commentsView = z.object({
  comments: z.array(z.object({ id: z.string(), author: user.nullish(), body: z.unknown(), created: z.string() }).loose()),
});
export type CommentView = z.infer<typeof commentsView>['comments'][number];

export const searchView = z.object({
  issues: z.array(issueView.pick({ id: true, key: true }).extend({ fields: issueView.shape.fields.partial() }).loose()),
});
export type IssueRow = z.infer<typeof searchView>['issues'][number];

/** Rich text as plain text; the sandbox shows documents without their formatting. */
export const richText = (value: unknown): string => (isAdfDocument(value) ? adfToText(value) : typeof value === 'string' ? value : '');

/** Any field value as a short line, or null when there is nothing worth showing. */
export const displayValue = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(displayValue).filter((part): part is string => part !== null);
    return parts.length > 0 ? parts.join(', ') : null;
  }
  if (isAdfDocument(value)) return adfToText(value) || null;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of ['displayName', 'value', 'name', 'key']) {
      if (typeof record[key] === 'string') return record[key];
    }
  }
  return null;
};
