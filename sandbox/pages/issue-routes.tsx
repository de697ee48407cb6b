import { readForm, redirect } from '../http/http-kit';
import { textToAdf } from '../jira/fields/adf';
import { IssuePage } from './issue-page';
import { jiraErrorText, refusalOf, type JiraClient } from './jira-client';
import { commentsView, issueView, transitionsView, type TransitionView } from './jira-views';
import { MessagePage } from './module-pages';
import { issuePanelSite } from './frame-sites';
import { bind, issuePath, jira, ok, page, pickableUsers, type Args } from './page-kit';
import { formValues, jiraFields, screenField, type FormValues, type ScreenField } from './screen-field';
import type { TransitionDialogData } from './transition-dialog';

const backToIssue = (key: string, error: string | null) => `/browse/${encodeURIComponent(key)}${error === null ? '' : `?error=${encodeURIComponent(error)}`}`;

/** The transitions Jira offers the viewer, each with its screen's fields. */
const offeredTransitions = async (client: JiraClient, key: string): Promise<TransitionView[]> => {
  const answer = await client.get(`${issuePath(key)}/transitions?expand=transitions.fields`);
  return ok(answer) ? transitionsView.parse(answer.body).transitions : [];
};

const screenFieldsOf = (transition: TransitionView): ScreenField[] => Object.entries(transition.fields ?? {}).map(([id, meta]) => screenField(id, meta));

/** What the page shows when it is opened, or shown again after Jira refused a transition. */
interface IssueState {
  readonly error: string | null;
  readonly dialog: { readonly transitionId: string; readonly values: FormValues; readonly refusal: TransitionDialogData['refusal'] } | null;
}

const renderIssue = async (args: Args, key: string, state: IssueState, status = 200): Promise<void> => {
  const { ctx } = args;
  const client = jira(ctx);
  const [issueAnswer, transitions, commentsAnswer] = await Promise.all([client.get(`${issuePath(key)}?expand=names`), offeredTransitions(client, key), client.get(`${issuePath(key)}/comment`)]);
  if (!ok(issueAnswer)) {
    page(args, key, 'issues', <MessagePage title={`${key} is not available`} message={jiraErrorText(issueAnswer)} />, issueAnswer.status);
    return;
  }
  const view = issueView.parse(issueAnswer.body);
  const panels = ctx.services.host.manifest.uiModules.filter((m) => m.type === 'jira:issuePanel' && (m.issueType === null || m.issueType === view.fields.issuetype.name));
  const opened = state.dialog === null ? undefined : transitions.find((t) => t.id === state.dialog?.transitionId);
  const fields = opened === undefined ? [] : screenFieldsOf(opened);
  const dialog: TransitionDialogData | null =
    opened === undefined || state.dialog === null
      ? null
      : {
          transition: { id: opened.id, name: opened.name },
          fields,
          values: state.dialog.values,
          refusal: state.dialog.refusal,
          users: fields.some((field) => field.kind === 'user' || field.kind === 'users') ? await pickableUsers(client) : [],
        };
  const error = state.dialog !== null && opened === undefined ? 'That transition is not available to you now.' : state.error;
  page(
    args,
    `[${view.key}] ${view.fields.summary}`,
    'issues',
    <IssuePage
      issue={view}
      transitions={transitions}
      comments={ok(commentsAnswer) ? commentsView.parse(commentsAnswer.body).comments : []}
      panels={panels.map((module) => bind(ctx, module, issuePanelSite(module, view)))}
      viewer={ctx.viewer}
      siteUrl={ctx.services.baseUrl()}
      error={error}
      dialog={dialog}
    />,
    status,
  );
};

/** `/browse/KEY`; `?transition=ID` opens that transition's dialog. */
const issue = (args: Args): Promise<void> => {
  const transitionId = args.url.searchParams.get('transition');
  return renderIssue(args, args.params[0] ?? '', {
    error: args.url.searchParams.get('error'),
    dialog: transitionId === null ? null : { transitionId, values: {}, refusal: null },
  });
};

/**
 * Takes a transition with the screen's fields the form filled in. When Jira refuses, the page
 * comes back with the dialog open, what was typed, and Jira's messages beside the fields.
 */
const transition = async (args: Args): Promise<void> => {
  const { req, res, ctx, params } = args;
  const key = params[0] ?? '';
  const form = await readForm(req);
  const values = formValues(form);
  const transitionId = form.get('transitionId') ?? '';
  const client = jira(ctx);
  const offered = (await offeredTransitions(client, key)).find((t) => t.id === transitionId);
  const fields = offered === undefined ? [] : screenFieldsOf(offered);
  const answer = await client.send('POST', `${issuePath(key)}/transitions`, { transition: { id: transitionId }, ...(fields.length === 0 ? {} : { fields: jiraFields(fields, values) }) });
  await ctx.services.settle();
  if (ok(answer)) {
    redirect(res, backToIssue(key, null));
    return;
  }
  const state: IssueState =
    offered?.hasScreen === true
      ? { error: null, dialog: { transitionId, values, refusal: refusalOf(answer, new Set(fields.map((field) => field.id))) } }
      : { error: jiraErrorText(answer), dialog: null };
  await renderIssue(args, key, state, answer.status);
};

const comment = async ({ req, res, ctx, params }: Args): Promise<void> => {
  const key = params[0] ?? '';
  const body = (await readForm(req)).get('body')?.trim() ?? '';
  const answer = body === '' ? null : await jira(ctx).send('POST', `${issuePath(key)}/comment`, { body: textToAdf(body) });
  redirect(res, backToIssue(key, answer === null || ok(answer) ? null : jiraErrorText(answer)));
};

export const issueHandlers = { issue, transition, comment } as const;
