import type { Refusal } from './jira-client';
import type { FormValues, ScreenField } from './screen-field';
import { ScreenFields, type PickableUser } from './screen-fields';

export interface TransitionDialogData {
  readonly transition: { readonly id: string; readonly name: string };
  /** The transition screen's fields, as `expand=transitions.fields` lists them. */
  readonly fields: readonly ScreenField[];
  readonly values: FormValues;
  readonly refusal: Refusal | null;
  readonly users: readonly PickableUser[];
}

/**
 * Jira's transition dialog: the transition's screen as a form over the issue, with the workflow's
 * refusal (a validator's message, or the fields it would not take) beside it.
 */
export const TransitionDialog = ({ issueKey, dialog }: { issueKey: string; dialog: TransitionDialogData }) => (
  <div className="dialog-backdrop">
    <section className="dialog" role="dialog" aria-modal="true" aria-labelledby="transition-dialog-title">
      <h2 id="transition-dialog-title">{dialog.transition.name}</h2>
      {dialog.refusal !== null && dialog.refusal.messages.length > 0 && (
        <div className="section-message section-message-error" role="alert">
          {dialog.refusal.messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <form method="post" action={`/browse/${issueKey}/transition`} className="form">
        <input type="hidden" name="transitionId" value={dialog.transition.id} />
        <ScreenFields fields={dialog.fields} values={dialog.values} errors={dialog.refusal?.fields ?? {}} users={dialog.users} idPrefix="transition" />
        <div className="actions">
          <button type="submit" className="button button-primary">
            {dialog.transition.name}
          </button>
          <a href={`/browse/${issueKey}`} className="button">
            Cancel
          </a>
        </div>
      </form>
    </section>
  </div>
);
