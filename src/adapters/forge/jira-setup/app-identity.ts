import { getAppContext } from '@forge/api';
import type { AppIdentity } from '../../../jira/provisioning/forge-rule';

/** The installed app's ids from the Forge runtime; the app id may arrive as a full ARI, of which its last segment is the id. */
export const forgeAppIdentity = (): AppIdentity => {
  const context = getAppContext();
  return { appId: context.appAri.appId.split('/').pop() ?? context.appAri.appId, environmentId: context.environmentAri.environmentId };
};
