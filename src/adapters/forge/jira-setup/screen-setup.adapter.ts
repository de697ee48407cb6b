import type { CloudCalls } from '../jira/jira-calls';
import type { Client } from 'jira.js/core';
import * as z from 'zod';
import type { ScreenSetup } from '../../../ports/setup/screen-setup.port';
import type { ScreenSchemeSetup } from '../../../ports/setup/screen-scheme-setup.port';
import type { ScreenScheme } from '../../../ports/setup/setup-shapes';
import { allPages, idText, present } from './jira-answers';

const createdScreen = z.object({ id: z.number(), name: z.string() }).loose();

const screenIds = (screens: { default?: number; create?: number; view?: number; edit?: number } | undefined): ScreenScheme['screens'] =>
  Object.fromEntries(Object.entries(screens ?? {}).flatMap(([op, id]) => (typeof id === 'number' ? [[op, String(id)]] : [])));

const numbers = (screens: ScreenScheme['screens']) => ({
  default: Number(present(screens.default, 'default screen')),
  ...(screens.create === undefined ? {} : { create: Number(screens.create) }),
  ...(screens.view === undefined ? {} : { view: Number(screens.view) }),
  ...(screens.edit === undefined ? {} : { edit: Number(screens.edit) }),
});

/**
 * Screens, tabs, screen schemes and the project's issue type screen scheme. jira.js has no call
 * for `POST /screens`, so that one goes through the transport with the same retries and errors.
 */
export const screenSetup = (cloud: CloudCalls, transport: Client): ScreenSetup & ScreenSchemeSetup => ({
  screens: async () =>
    (await allPages((startAt) => cloud.screens.getScreens({ startAt, queryString: 'Complaint' }))).map((s) => ({
      id: idText(s.id, 'screen id'),
      name: present(s.name, 'screen name'),
    })),
  createScreen: async (spec) => {
    const made = createdScreen.parse(await transport.sendRequest({ url: '/rest/api/3/screens', method: 'POST', body: spec }));
    return { id: String(made.id), name: made.name };
  },
  screenTabs: async (screenId) =>
    (await cloud.screenTabs.getAllScreenTabs({ screenId: Number(screenId) })).map((t) => ({ id: idText(t.id, 'tab id'), name: t.name })),
  createScreenTab: async (screenId, name) => {
    const made = await cloud.screenTabs.addScreenTab({ screenId: Number(screenId), name });
    return { id: idText(made.id, 'tab id'), name: made.name };
  },
  screenTabFields: async (screenId, tabId) =>
    (await cloud.screenTabFields.getAllScreenTabFields({ screenId: Number(screenId), tabId: Number(tabId) })).map((f) => present(f.id, 'screen field id')),
  addScreenTabField: async (screenId, tabId, fieldId) => {
    await cloud.screenTabFields.addScreenTabField({ screenId: Number(screenId), tabId: Number(tabId), fieldId });
  },
  screenSchemes: async () =>
    (await allPages((startAt) => cloud.screenSchemes.getScreenSchemes({ startAt, queryString: 'Complaint' }))).map((s) => ({
      id: idText(s.id, 'screen scheme id'),
      name: present(s.name, 'screen scheme name'),
      screens: screenIds(s.screens),
    })),
  createScreenScheme: async (spec) => {
    const made = await cloud.screenSchemes.createScreenScheme({ name: spec.name, description: spec.description, screens: numbers(spec.screens) });
    return { id: idText(made.id, 'screen scheme id'), name: spec.name };
  },
  updateScreenScheme: async (id, screens) => {
    await cloud.screenSchemes.updateScreenScheme({ screenSchemeId: id, screens: { ...screens } });
  },
  issueTypeScreenSchemeOf: async (projectId) => {
    const page = await cloud.issueTypeScreenSchemes.getIssueTypeScreenSchemeProjectAssociations({ projectId: [Number(projectId)] });
    const scheme = page.values.find((v) => v.projectIds.includes(projectId))?.issueTypeScreenScheme;
    if (scheme === undefined) return null;
    const items = await allPages((startAt) =>
      cloud.issueTypeScreenSchemes.getIssueTypeScreenSchemeMappings({ issueTypeScreenSchemeId: [Number(scheme.id)], startAt }),
    );
    return {
      id: scheme.id,
      name: scheme.name,
      mappings: Object.fromEntries(items.filter((i) => i.issueTypeScreenSchemeId === scheme.id).map((i) => [i.issueTypeId, i.screenSchemeId])),
    };
  },
  mapIssueTypeScreenScheme: async (schemeId, issueTypeId, screenSchemeId, replacing) => {
    if (replacing) {
      await cloud.issueTypeScreenSchemes.removeMappingsFromIssueTypeScreenScheme({ issueTypeScreenSchemeId: schemeId, issueTypeIds: [issueTypeId] });
    }
    await cloud.issueTypeScreenSchemes.appendMappingsForIssueTypeScreenScheme({
      issueTypeScreenSchemeId: schemeId,
      issueTypeMappings: [{ issueTypeId, screenSchemeId }],
    });
  },
});
