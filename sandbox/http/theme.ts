import { setBooleanFeatureFlagResolver } from '@atlaskit/platform-feature-flags';
import getThemeHtmlAttrs from '@atlaskit/tokens/get-theme-html-attrs';
import getThemeStyles from '@atlaskit/tokens/get-theme-styles';

export type ColorMode = 'light' | 'dark';

// Both colour themes ship in one stylesheet; the html attributes pick one, so switching needs no reload.
const THEME_STATE = { light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography', shape: 'shape', contrastMode: 'no-preference' } as const;

// Outside Jira no feature-gate client exists; answering for it keeps the tokens package from logging an error.
setBooleanFeatureFlagResolver(() => false);

let css: Promise<string> | null = null;

/** The @atlaskit/tokens CSS custom properties of Jira's light and dark themes. */
export const themeCss = (): Promise<string> => {
  css ??= getThemeStyles({ ...THEME_STATE, colorMode: 'auto' }).then((styles) => styles.map((s) => s.css).join('\n'));
  return css;
};

/** The attributes that switch the token themes on: the same on host pages and inside frames. */
export const themeAttributes = (colorMode: ColorMode): Record<string, string> => getThemeHtmlAttrs({ ...THEME_STATE, colorMode });
