import { AppError } from '../../../domain/app-error';
import { fieldName, type FieldIds } from '../../../jira/provisioning/complaint-fields';
import {
  COMPLAINT_SCREENS,
  SCREEN_KEYS,
  SCREEN_SCHEME,
  SCREEN_TAB,
  screenFieldId,
  type ScreenField,
  type ScreenKey,
  type ScreenSpec,
} from '../../../jira/provisioning/complaint-screens';
import type { ScreenSetup } from '../../../ports/setup/screen-setup.port';
import type { ScreenSchemeSetup } from '../../../ports/setup/screen-scheme-setup.port';
import type { NamedId, SetupProject } from '../../../ports/setup/setup-shapes';
import type { RecordChange } from './record-change';

export type ScreenIds = Readonly<Record<ScreenKey, string>>;

export interface ScreensInput {
  readonly jira: ScreenSetup & ScreenSchemeSetup;
  readonly project: SetupProject;
  readonly complaintTypeId: string;
  readonly fieldIds: FieldIds;
  readonly record: RecordChange;
}

const labelOf = (field: ScreenField): string => ('system' in field ? field.system : fieldName(field.app));

/** The screen's tab for complaint fields: ours by name, else the one Jira made with the screen, else a new one. */
const ensureTab = async (input: ScreensInput, screen: NamedId, spec: ScreenSpec): Promise<{ tab: NamedId; tabs: NamedId[] }> => {
  const tabs = await input.jira.screenTabs(screen.id);
  const existing = tabs.find((t) => t.name === SCREEN_TAB) ?? tabs[0];
  if (existing !== undefined) return { tab: existing, tabs };
  const tab = await input.jira.createScreenTab(screen.id, SCREEN_TAB);
  input.record({ action: 'created', entity: 'screen-tab', name: `${spec.name}: ${SCREEN_TAB}` });
  return { tab, tabs: [tab] };
};

const ensureScreen = async (input: ScreensInput, all: readonly NamedId[], spec: ScreenSpec): Promise<string> => {
  let screen = all.find((s) => s.name === spec.name);
  if (screen === undefined) {
    screen = await input.jira.createScreen({ name: spec.name, description: spec.description });
    input.record({ action: 'created', entity: 'screen', name: spec.name });
  }
  const { tab, tabs } = await ensureTab(input, screen, spec);
  // A field may sit on any tab of the screen; Jira refuses to add it twice.
  const present = new Set<string>();
  for (const t of tabs) for (const id of await input.jira.screenTabFields(screen.id, t.id)) present.add(id);
  for (const field of spec.fields) {
    const id = screenFieldId(field, input.fieldIds);
    if (present.has(id)) continue;
    await input.jira.addScreenTabField(screen.id, tab.id, id);
    input.record({ action: 'updated', entity: 'screen-field', name: `${spec.name}: ${labelOf(field)}` });
  }
  return screen.id;
};

/** The scheme's screen for each operation: view is the default; create and edit have their own. */
const SCHEME_OPERATIONS = ['default', 'create', 'edit'] as const;

const ensureScreenScheme = async (input: ScreensInput, ids: ScreenIds): Promise<string> => {
  const wanted = { default: ids.view, create: ids.create, edit: ids.edit };
  const scheme = (await input.jira.screenSchemes()).find((s) => s.name === SCREEN_SCHEME.name);
  if (scheme === undefined) {
    const made = await input.jira.createScreenScheme({ ...SCREEN_SCHEME, screens: wanted });
    input.record({ action: 'created', entity: 'screen-scheme', name: SCREEN_SCHEME.name });
    return made.id;
  }
  // A scheme from an earlier run edits with the View screen, which has every field: it moves to Edit.
  if (SCHEME_OPERATIONS.some((operation) => scheme.screens[operation] !== wanted[operation])) {
    await input.jira.updateScreenScheme(scheme.id, { ...scheme.screens, ...wanted });
    input.record({ action: 'updated', entity: 'screen-scheme', name: SCREEN_SCHEME.name });
  }
  return scheme.id;
};

/**
 * The screens exist with their fields, the screen scheme uses them, and the project's issue type
 * screen scheme gives Complaint that scheme. Returns the screens' ids, for the workflow's transitions.
 */
export const ensureComplaintScreens = async (input: ScreensInput): Promise<ScreenIds> => {
  const all = await input.jira.screens();
  const ids: Partial<Record<ScreenKey, string>> = {};
  for (const key of SCREEN_KEYS) ids[key] = await ensureScreen(input, all, COMPLAINT_SCREENS[key]);
  const screenIds = ids as ScreenIds;
  const schemeId = await ensureScreenScheme(input, screenIds);
  const typeScheme = await input.jira.issueTypeScreenSchemeOf(input.project.id);
  if (typeScheme === null) {
    throw new AppError('CONFLICT', `Project ${input.project.key} has no issue type screen scheme to add the Complaint screens to.`);
  }
  const current = typeScheme.mappings[input.complaintTypeId];
  if (current !== schemeId) {
    await input.jira.mapIssueTypeScreenScheme(typeScheme.id, input.complaintTypeId, schemeId, current !== undefined);
    input.record({ action: 'updated', entity: 'issue-type-screen-scheme', name: typeScheme.name });
  }
  return screenIds;
};
