import type { ScheduleState } from '../host/scheduler';
import type { EventFaults } from '../host/event-delivery';
import type { FaultSettings } from '../jira/emulator.types';
import { Lozenge } from './issue-page';
import type { IssueRow } from './jira-views';

export interface HomePageData {
  readonly issues: readonly IssueRow[];
  readonly schedules: readonly ScheduleState[];
  readonly jiraFaults: FaultSettings;
  readonly eventFaults: EventFaults;
  readonly searchError: string | null;
}

const HOUR = 60 * 60_000;
const ADVANCES = [
  { label: '+1 hour', ms: HOUR },
  { label: '+1 day', ms: 24 * HOUR },
  { label: '+1 week', ms: 7 * 24 * HOUR },
];

const ControlButton = ({ endpoint, body, children }: { endpoint: string; body?: unknown; children: string }) => (
  <button type="button" className="button" data-control={endpoint} data-body={JSON.stringify(body ?? {})}>
    {children}
  </button>
);

const SandboxControls = ({ schedules, jiraFaults, eventFaults }: Omit<HomePageData, 'issues' | 'searchError'>) => (
  <aside className="card" aria-labelledby="controls">
    <h2 id="controls">Sandbox controls</h2>
    <h3>Clock</h3>
    <div className="actions">
      {ADVANCES.map((a) => (
        <ControlButton key={a.label} endpoint="/__sandbox/clock" body={{ advanceMs: a.ms }}>
          {a.label}
        </ControlButton>
      ))}
    </div>
    <h3>Scheduled triggers</h3>
    <ul className="plain-list">
      {schedules.map((s) => (
        <li key={s.key}>
          <code>{s.key}</code> <span className="muted">({s.interval}, next {new Date(s.nextRunAt).toISOString().slice(0, 16).replace('T', ' ')})</span>{' '}
          <ControlButton endpoint={`/__sandbox/scheduled/${s.key}`}>Run now</ControlButton>
        </li>
      ))}
    </ul>
    <h3>Faults</h3>
    <p className="muted">
      Jira: {Math.round(jiraFaults.rate429 * 100)}% 429, {Math.round(jiraFaults.rate500 * 100)}% 500, +{jiraFaults.delayMs} ms. Events: +{eventFaults.delayMs} ms
      {eventFaults.duplicate ? ', duplicated' : ''}.
    </p>
    <div className="actions">
      <ControlButton endpoint="/__sandbox/faults" body={{ jira: { rate429: 0.2, retryAfterSeconds: 1 }, events: { duplicate: true } }}>
        Flaky Jira
      </ControlButton>
      <ControlButton endpoint="/__sandbox/faults" body={{ clear: true }}>
        No faults
      </ControlButton>
      <ControlButton endpoint="/__sandbox/reset">Reset site</ControlButton>
    </div>
  </aside>
);

/** Issues as Jira lists them: key, summary, type, status and assignee. */
export const IssueTable = ({ issues }: { readonly issues: readonly IssueRow[] }) => (
  <table className="issue-table">
    <thead>
      <tr>
        <th scope="col">Key</th>
        <th scope="col">Summary</th>
        <th scope="col">Type</th>
        <th scope="col">Status</th>
        <th scope="col">Assignee</th>
      </tr>
    </thead>
    <tbody>
      {issues.map((issue) => (
        <tr key={issue.id}>
          <td>
            <a href={`/browse/${issue.key}`}>{issue.key}</a>
          </td>
          <td>{issue.fields.summary ?? ''}</td>
          <td>{issue.fields.issuetype?.name ?? ''}</td>
          <td>{issue.fields.status && <Lozenge category={issue.fields.status.statusCategory.key}>{issue.fields.status.name}</Lozenge>}</td>
          <td>{issue.fields.assignee?.displayName ?? <span className="none">Unassigned</span>}</td>
        </tr>
      ))}
    </tbody>
  </table>
);

/** The project's issues, newest first, beside the sandbox's own controls. */
export const HomePage = ({ issues, searchError, ...controls }: HomePageData) => (
  <div className="two-columns">
    <section aria-labelledby="issues">
      <h1 id="issues">Issues</h1>
      {searchError !== null && (
        <div className="section-message section-message-error" role="alert">
          {searchError}
        </div>
      )}
      <IssueTable issues={issues} />
      {issues.length === 0 && searchError === null && <p className="none">No issues yet. Create one.</p>}
    </section>
    <SandboxControls {...controls} />
  </div>
);
