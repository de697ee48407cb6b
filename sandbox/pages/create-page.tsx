import type { ProjectView } from './jira-views';

export interface CreatePageData {
  readonly projects: readonly ProjectView[];
  readonly values: Readonly<Record<string, string>>;
  readonly error: string | null;
}

/** Jira's create dialog as a page: project, issue type, summary, description and component. */
export const CreatePage = ({ projects, values, error }: CreatePageData) => (
  <section className="narrow" aria-labelledby="create">
    <h1 id="create">Create issue</h1>
    {error !== null && (
      <div className="section-message section-message-error" role="alert">
        {error}
      </div>
    )}
    <form method="post" action="/create" className="form">
      <label htmlFor="project">Project</label>
      <select id="project" name="project" defaultValue={values.project}>
        {projects.map((p) => (
          <option key={p.id} value={p.key}>
            {p.name} ({p.key})
          </option>
        ))}
      </select>
      <label htmlFor="issuetype">Issue type</label>
      <select id="issuetype" name="issuetype" defaultValue={values.issuetype}>
        {projects.map((p) => (
          <optgroup key={p.id} label={p.key}>
            {p.issueTypes
              .filter((t) => t.subtask !== true)
              .map((t) => (
                <option key={`${p.key}:${t.id}`} value={`${p.key}:${t.id}`}>
                  {t.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <label htmlFor="summary">
        Summary <span aria-hidden="true">*</span>
      </label>
      <input id="summary" name="summary" required defaultValue={values.summary} />
      <label htmlFor="description">Description</label>
      <textarea id="description" name="description" rows={5} defaultValue={values.description} />
      <label htmlFor="component">Component</label>
      <select id="component" name="component" defaultValue={values.component ?? ''}>
        <option value="">None</option>
        {projects.map((p) => (
          <optgroup key={p.id} label={p.key}>
            {p.components.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <div className="actions">
        <button type="submit" className="button button-primary">
          Create
        </button>
        <a href="/" className="button">
          Cancel
        </a>
      </div>
    </form>
  </section>
);
