import * as z from 'zod';
import type { ComplaintStatus } from '../../domain/complaint';
import type { ChangeEntry } from '../../domain/intake/complaint-event';
import { statusOfId, type ProjectBinding } from '../provisioning/project-binding';
import { changeEntries } from './change-entries';

/**
 * The fields whose changes stand for trail entries (`changeEntries`), and the Reason whose change
 * gives a return, reopen or closing its note: a changelog read asks Jira for these only.
 */
export const changelogFieldsOf = (binding: ProjectBinding): string[] => ['status', 'assignee', ...(binding.fieldIds.reason === '' ? [] : [binding.fieldIds.reason])];

// jira.js hands `created` over as a Date; Jira's JSON has the string.
const historySchema = z.object({
  id: z.string().min(1),
  created: z.union([z.date(), z.string()]).transform((value, ctx) => {
    const ms = new Date(value).getTime();
    if (Number.isNaN(ms)) ctx.addIssue({ code: 'custom', message: 'not a timestamp' });
    return ms;
  }),
  author: z.object({ accountId: z.string().optional(), accountType: z.string().optional() }).loose().optional(),
  items: z.array(
    // A text field's new value is only in `toString` (its `to` is null). Where an item has none,
    // it is made null first: zod would otherwise read the prototype's toString function.
    z.preprocess(
      (item) => (typeof item === 'object' && item !== null && !Object.hasOwn(item, 'toString') ? { ...item, toString: null } : item),
      z
        .object({ field: z.string(), fieldId: z.string().optional(), from: z.string().nullish(), to: z.string().nullish(), toString: z.string().nullish() })
        .loose()
        .transform(({ toString, ...item }) => ({ ...item, toText: toString })),
    ),
  ),
});
type History = z.infer<typeof historySchema>;

const readable = (histories: readonly unknown[]): History[] =>
  histories
    .flatMap((history) => {
      const parsed = historySchema.safeParse(history);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.created - b.created || Number(a.id) - Number(b.id));

const statusItemOf = (history: History) => history.items.find((item) => (item.fieldId ?? item.field) === 'status');

/**
 * The trail entries of an issue's changelog, as Jira's REST API gives it: the same entries, with
 * the same keys, that the issue events of those changes would have recorded, so a change is
 * recorded (and its message sent) once, whichever of the event and the reconciliation comes
 * first. An event's `selfGenerated` is not in a changelog: a change an app made (its author's
 * account type is `app`) counts as the app's own, so that its routing is never taken for a
 * person's re-route. `current` is the complaint's status now, for a history with no status change.
 */
export const changelogEntries = (issueId: string, histories: readonly unknown[], binding: ProjectBinding, current: ComplaintStatus): ChangeEntry[] => {
  const ordered = readable(histories);
  const firstStatus = ordered.map(statusItemOf).find((item) => item !== undefined);
  // Each change is placed in the status it left the issue in, as its event's issue would show.
  let status = firstStatus === undefined ? current : (statusOfId(binding, firstStatus.from) ?? current);
  return ordered.flatMap((history) => {
    const statusItem = statusItemOf(history);
    if (statusItem !== undefined) status = statusOfId(binding, statusItem.to) ?? status;
    return changeEntries(
      {
        issueId,
        changelogId: history.id,
        items: history.items,
        at: history.created,
        actorAccountId: history.author?.accountId ?? null,
        selfGenerated: history.author?.accountType === 'app',
        status,
      },
      binding,
    );
  });
};
