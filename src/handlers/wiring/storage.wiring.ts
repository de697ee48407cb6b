import { anonymousLinksRepository } from '../../adapters/forge/kvs/anonymous-links.repository';
import { appConfigRepository } from '../../adapters/forge/kvs/app-config.repository';
import { contactDataRepository } from '../../adapters/forge/kvs/contact-data.repository';
import { forgeKeyValueStore, forgeSecretStore } from '../../adapters/forge/kvs/kvs-key-value.adapter';
import { languagePreferenceRepository } from '../../adapters/forge/kvs/language-preference.repository';
import { projectBindingRepository } from '../../adapters/forge/kvs/project-binding.repository';
import { reconciliationStateRepository } from '../../adapters/forge/kvs/reconciliation-state.repository';
import { setupReportRepository } from '../../adapters/forge/kvs/setup-report.repository';
import { sweepStatusRepository } from '../../adapters/forge/kvs/sweep-status.repository';

/**
 * The app's documents in Forge KVS, each behind its repository. They hold no state, so one set
 * serves every invocation. Customers' contact data, and which complaints a customer raised anonymously, are kept as KVS
 * secrets (README, "Anonymous complainants" and "Anonymous complaints from the portal").
 */
export const storage = {
  configs: appConfigRepository(forgeKeyValueStore),
  bindings: projectBindingRepository(forgeKeyValueStore),
  reports: setupReportRepository(forgeKeyValueStore),
  sweeps: sweepStatusRepository(forgeKeyValueStore),
  reconciliations: reconciliationStateRepository(forgeKeyValueStore),
  preferences: languagePreferenceRepository(forgeKeyValueStore),
  contacts: contactDataRepository(forgeSecretStore),
  anonymousLinks: anonymousLinksRepository(forgeSecretStore),
} as const;
