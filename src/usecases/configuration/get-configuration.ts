import type { AppConfig } from '../../domain/config/app-config.schema';
import type { AppConfigRepository } from '../../ports/app-config.port';

/** The configuration as stored, defaults filled in, for the admin page to edit. */
export const getConfiguration = (configs: Pick<AppConfigRepository, 'load'>): Promise<AppConfig> => configs.load();
