import type { AppConfig } from '../../domain/config/app-config.schema';
import { configuredPeople } from '../../domain/config/configured-people';
import type { PeopleDirectory } from '../../ports/people.port';

export interface LearnConfiguredLanguagesDeps {
  readonly people: Pick<PeopleDirectory, 'learnLanguages'>;
}

/**
 * Routing writes only to people the departments name (lead, deputy, escalation manager,
 * advocate), so their Jira locales are learnt ahead: when the configuration is saved and by the
 * daily reconciliation, which renews them before they go stale. A routed complaint's
 * notification then asks Jira nothing about languages. Failing here only means a later message
 * asks Jira itself, so it is logged and never fails the caller. Resolves to how many were asked.
 */
export const learnConfiguredLanguages = async (deps: LearnConfiguredLanguagesDeps, config: Pick<AppConfig, 'departments'>): Promise<number> => {
  try {
    return await deps.people.learnLanguages(configuredPeople(config));
  } catch (error) {
    console.warn('Could not learn the configured people’s languages now; a message to them will ask Jira', error);
    return 0;
  }
};
