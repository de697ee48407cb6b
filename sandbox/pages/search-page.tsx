import { IssueTable } from './home-page';
import type { IssueRow } from './jira-views';

export interface SearchPageData {
  readonly jql: string;
  readonly issues: readonly IssueRow[];
  /** Jira's approximate count of the matches; null when the search failed. */
  readonly count: number | null;
  readonly searchError: string | null;
}

/** Jira's issue search (`/issues/?jql=`): where the gadget's figures link to. */
export const SearchPage = ({ jql, issues, count, searchError }: SearchPageData) => (
  <section aria-labelledby="search">
    <h1 id="search">Search</h1>
    <form method="get" action="/issues/" className="search-form">
      <label htmlFor="jql">JQL</label>
      <input id="jql" name="jql" type="text" defaultValue={jql} size={100} />
      <button type="submit" className="button">
        Search
      </button>
    </form>
    {searchError !== null ? (
      <div className="section-message section-message-error" role="alert">
        {searchError}
      </div>
    ) : (
      <>
        <p role="status">
          {count === 1 ? '1 issue' : `${String(count ?? 0)} issues`}
          {issues.length < (count ?? 0) ? `; the first ${String(issues.length)} are shown` : ''}
        </p>
        <IssueTable issues={issues} />
      </>
    )}
  </section>
);
