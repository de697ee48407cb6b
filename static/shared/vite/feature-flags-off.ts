/**
 * Stands in for @atlaskit/platform-feature-flags in the bundles. Inside a Forge iframe no
 * Statsig client is ever initialised, so every flag already resolves to false; the real
 * package would still ship that client (about 50 KB gzip) to say so.
 */
export const fg = (): boolean => false;
export const getBooleanFF = (): boolean => false;
export const setBooleanFeatureFlagResolver = (): void => undefined;
