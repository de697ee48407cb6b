import type { NamedId } from './setup-shapes';

/** The complaint screens, their tabs and fields. One method per Jira call (or paged listing). */
export interface ScreenSetup {
  /** `GET /screens`, every page. */
  screens(): Promise<NamedId[]>;
  /** `POST /screens`. */
  createScreen(spec: { name: string; description: string }): Promise<NamedId>;
  /** `GET /screens/{id}/tabs`. */
  screenTabs(screenId: string): Promise<NamedId[]>;
  /** `POST /screens/{id}/tabs`. */
  createScreenTab(screenId: string, name: string): Promise<NamedId>;
  /** `GET /screens/{id}/tabs/{tabId}/fields`: the field ids. */
  screenTabFields(screenId: string, tabId: string): Promise<string[]>;
  /** `POST /screens/{id}/tabs/{tabId}/fields`. */
  addScreenTabField(screenId: string, tabId: string, fieldId: string): Promise<void>;
}
