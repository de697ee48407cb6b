import type { PageViewer } from '../sandbox-services';
import { ForgeFrame, type BoundFrame } from './forge-frame';
import { displayValue, richText, type CommentView, type IssueView, type TransitionView } from './jira-views';
import { TransitionDialog, type TransitionDialogData } from './transition-dialog';

export interface IssuePageData {
  readonly issue: IssueView;
  readonly transitions: readonly TransitionView[];
  readonly comments: readonly CommentView[];
  /** The app's issue panels on this issue, each already bound to the viewer. */
  readonly panels: readonly BoundFrame[];
  readonly viewer: PageViewer;
  readonly siteUrl: string;
  readonly error: string | null;
  /** The transition dialog the viewer opened, if any. */
  readonly dialog: TransitionDialogData | null;
}

export const Lozenge = ({ category, children }: { category: string; children: string }) => <span className={`lozenge lozenge-${category}`}>{children}</span>;

const when = (iso: string | null | undefined): string => (iso ? new Date(iso).toISOString().slice(0, 16).replace('T', ' ') : '');

const Detail = ({ label, value }: { label: string; value: string | null }) => (
  <div className="detail">
    <dt>{label}</dt>
    <dd>{value ?? <span className="none">None</span>}</dd>
  </div>
);

/** Custom fields with a value, named as Jira names them; the app's own fields show up here. */
const customFields = (issue: IssueView): { id: string; name: string; value: string }[] =>
  Object.entries(issue.fields).flatMap(([id, raw]) => {
    const value = id.startsWith('customfield_') ? displayValue(raw) : null;
    return value === null ? [] : [{ id, name: issue.names?.[id] ?? id, value }];
  });

/** A transition with a screen opens its dialog, as in Jira; one without goes straight through. */
const Transitions = ({ issueKey, transitions }: { issueKey: string; transitions: readonly TransitionView[] }) => (
  <div className="actions" aria-label="Workflow">
    {transitions.map((t) =>
      t.hasScreen === true ? (
        <form key={t.id} method="get" action={`/browse/${issueKey}`}>
          <input type="hidden" name="transition" value={t.id} />
          <button type="submit" className="button" aria-haspopup="dialog">
            {t.name}
          </button>
        </form>
      ) : (
        <form key={t.id} method="post" action={`/browse/${issueKey}/transition`}>
          <input type="hidden" name="transitionId" value={t.id} />
          <button type="submit" className="button">
            {t.name}
          </button>
        </form>
      ),
    )}
    {transitions.length === 0 && <span className="none">No transitions available to you</span>}
  </div>
);

const Comments = ({ issueKey, comments }: { issueKey: string; comments: readonly CommentView[] }) => (
  <section aria-labelledby="activity">
    <h2 id="activity">Activity</h2>
    <form method="post" action={`/browse/${issueKey}/comment`} className="comment-form">
      <label htmlFor="comment-body" className="visually-hidden">
        Add a comment
      </label>
      <textarea id="comment-body" name="body" rows={2} placeholder="Add a comment…" required />
      <button type="submit" className="button button-primary">
        Save
      </button>
    </form>
    <ol className="comments">
      {comments.map((c) => (
        <li key={c.id} className="comment">
          <strong>{c.author?.displayName ?? 'Anonymous'}</strong> <span className="muted">{when(c.created)}</span>
          <p>{richText(c.body)}</p>
        </li>
      ))}
    </ol>
  </section>
);

/** Jira's issue view: summary, workflow buttons, description, the app's panels, activity and details. */
export const IssuePage = ({ issue, transitions, comments, panels, viewer, siteUrl, error, dialog }: IssuePageData) => {
  const { fields } = issue;
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <a href="/">Projects</a> / <a href="/">{fields.project.name}</a> / <span>{issue.key}</span>
      </nav>
      {error !== null && (
        <div className="section-message section-message-error" role="alert">
          {error}
        </div>
      )}
      <div className="issue-layout">
        <article className="issue-main">
          <h1>{fields.summary}</h1>
          <Transitions issueKey={issue.key} transitions={transitions} />
          <section aria-labelledby="description">
            <h2 id="description">Description</h2>
            <p className="description">{richText(fields.description) || <span className="none">Add a description…</span>}</p>
          </section>
          {panels.map((frame) => (
            <section key={frame.module.key} className="app-panel" aria-label={frame.module.title}>
              <h2 className="app-panel-title">{frame.module.title}</h2>
              <ForgeFrame frame={frame} viewer={viewer} siteUrl={siteUrl} />
            </section>
          ))}
          <Comments issueKey={issue.key} comments={comments} />
        </article>
        <aside className="issue-side" aria-label="Details">
          <Lozenge category={fields.status.statusCategory.key}>{fields.status.name}</Lozenge>
          <dl className="details">
            <Detail label="Assignee" value={fields.assignee?.displayName ?? null} />
            <Detail label="Reporter" value={fields.reporter?.displayName ?? null} />
            <Detail label="Issue type" value={fields.issuetype.name} />
            <Detail label="Priority" value={fields.priority?.name ?? null} />
            <Detail label="Components" value={displayValue(fields.components)} />
            {customFields(issue).map((f) => (
              <Detail key={f.id} label={f.name} value={f.value} />
            ))}
          </dl>
          <p className="muted dates">
            Created {when(fields.created)}
            <br />
            Updated {when(fields.updated)}
          </p>
        </aside>
      </div>
      {dialog !== null && <TransitionDialog issueKey={issue.key} dialog={dialog} />}
    </>
  );
};
