import type { IssueTypeScreenScheme, NamedId, ScreenScheme } from './setup-shapes';

/** The screen scheme and the project's issue type screen scheme. One method per Jira call (or paged listing). */
export interface ScreenSchemeSetup {
  /** `GET /screenscheme`, every page. */
  screenSchemes(): Promise<ScreenScheme[]>;
  /** `POST /screenscheme`. */
  createScreenScheme(spec: { name: string; description: string; screens: ScreenScheme['screens'] }): Promise<NamedId>;
  /** `PUT /screenscheme/{id}`. */
  updateScreenScheme(id: string, screens: ScreenScheme['screens']): Promise<void>;
  /** `GET /issuetypescreenscheme/project` and its `/mapping`; null if Jira names none for the project. */
  issueTypeScreenSchemeOf(projectId: string): Promise<IssueTypeScreenScheme | null>;
  /** `POST …/mapping/remove` if the type is mapped elsewhere, then `PUT /issuetypescreenscheme/{id}/mapping`. */
  mapIssueTypeScreenScheme(schemeId: string, issueTypeId: string, screenSchemeId: string, replacing: boolean): Promise<void>;
}
