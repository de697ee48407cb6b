import type { DemoUser } from '../jira/emulator.types';

/**
 * Jira's log-in page, for a visitor who has not picked who they are: Jira shows an anonymous
 * visitor nobody's issues, so the sandbox asks first. One button per demo account.
 */
export const SignInPage = ({ users, returnTo }: { users: readonly DemoUser[]; returnTo: string }) => (
  <section className="narrow" aria-labelledby="sign-in">
    <h1 id="sign-in">Log in to continue</h1>
    <p>Pick the demo account to act as. Every page, frame and REST call from this browser then acts as that person, until you switch.</p>
    <ul className="plain-list">
      {users.map((u) => (
        <li key={u.accountId}>
          <form method="post" action="/__sandbox/user" className="actions">
            <input type="hidden" name="accountId" value={u.accountId} />
            <input type="hidden" name="returnTo" value={returnTo} />
            <button type="submit" className="button">
              {u.displayName}
            </button>
            <span className="muted">{u.roleLabel}</span>
          </form>
        </li>
      ))}
    </ul>
  </section>
);
