import { ok, type Route } from '../http/jira-request';
import type { JiraSite } from '../jira-site';
import type { ServerInformationJson } from '../render/jira-models';
import { jiraTimestamp } from '../render/jira-time';

export const serverInfoRoutes = (site: JiraSite): Route[] => [
  {
    method: 'GET',
    family: 'api',
    pattern: '/serverInfo',
    anonymous: true,
    handler: (req) =>
      ok({
        baseUrl: req.baseUrl,
        displayUrl: req.baseUrl,
        version: '1001.0.0-SNAPSHOT',
        versionNumbers: [1001, 0, 0],
        deploymentType: 'Cloud',
        buildNumber: 100299,
        buildDate: '2026-01-01T00:00:00.000+0000',
        serverTime: jiraTimestamp(site.now(), 'UTC'),
        scmInfo: 'sandbox',
        serverTitle: 'Jira',
        defaultLocale: { locale: 'en_US' },
        serverTimeZone: 'Etc/UTC',
      } satisfies ServerInformationJson),
  },
];
