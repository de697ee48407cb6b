import type { AppConfig } from '../domain/config/app-config.schema';

/** The app's configuration, which the admin page edits (Forge KVS in production). */
export interface AppConfigRepository {
  /**
   * The stored configuration, defaults filled in.
   * @throws AppError INVALID_CONFIG if what is stored no longer validates.
   */
  load(): Promise<AppConfig>;
  /** Stores the default configuration if there is none yet; a stored one is left as it is. Returns what is stored now. */
  seedDefault(): Promise<AppConfig>;
  /**
   * Validates and stores a configuration, defaults filled in; returns it as stored.
   * @throws AppError INVALID_CONFIG, storing nothing, if it does not validate.
   */
  save(config: unknown): Promise<AppConfig>;
}
