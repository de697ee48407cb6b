import { createCallerDirectory } from '../../adapters/forge/caller-directory.adapter';
import type { RerouteResolverDeps } from '../resolvers/reroute.resolvers';
import { runtimeDeps } from './runtime.wiring';

/** The re-route key's ports as Forge provides them: the runtime's, of the invoking installation. */
export const rerouteResolverDeps: RerouteResolverDeps = { callers: createCallerDirectory(), runtime: runtimeDeps };
