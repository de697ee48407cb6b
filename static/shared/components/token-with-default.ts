import { token } from '@atlaskit/tokens';
import lightDefaults from '@atlaskit/tokens/token-default-values';

type TokenPath = Parameters<typeof token>[0];

/**
 * `token()` with the light theme's value as the CSS fallback, as @atlaskit's own compiled styles
 * carry one. Without it a style would be void until Jira's theme is applied, and forever if
 * `view.theme.enable()` fails: inputs without borders, text without a font.
 */
export const tokenWithDefault = (path: TokenPath): string => token(path, lightDefaults[path]);
