import type { NotificationRecord } from '../jira/emulator.types';

/** What Jira's /notify sent, newest first: the e-mails the app asked Jira to send. */
export const OutboxPage = ({ notifications }: { notifications: readonly NotificationRecord[] }) => (
  <section aria-labelledby="outbox">
    <h1 id="outbox">Outbox</h1>
    {notifications.length === 0 && <p className="none">Nothing sent yet.</p>}
    <ol className="outbox">
      {[...notifications].reverse().map((n) => (
        <li key={n.id} className="card">
          <h2>{n.subject}</h2>
          <p className="muted">
            <a href={`/browse/${n.issueKey}`}>{n.issueKey}</a> · {new Date(n.sentAt).toISOString().slice(0, 16).replace('T', ' ')} · to{' '}
            {n.recipients.map((r) => r.displayName).join(', ') || 'nobody'}
          </p>
          <pre className="mail-body">{n.textBody}</pre>
        </li>
      ))}
    </ol>
  </section>
);
