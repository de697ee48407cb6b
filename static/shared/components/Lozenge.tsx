import type { CSSProperties, ReactNode } from 'react';
import { tokenWithDefault } from './token-with-default';

type TokenPath = Parameters<typeof tokenWithDefault>[0];

/** A background token and the text token that reads on it. */
export type LozengeTone = readonly [background: TokenPath, text: TokenPath];

/*
 * Drawn like @atlaskit/lozenge's appearances rather than with it: a span and a token pair, so the
 * colour follows the theme and costs the bundle nothing.
 */
const styleOf = ([background, text]: LozengeTone): CSSProperties => ({
  display: 'inline-block',
  font: tokenWithDefault('font.body.small'),
  fontWeight: tokenWithDefault('font.weight.bold'),
  textTransform: 'uppercase',
  paddingInline: tokenWithDefault('space.050'),
  borderRadius: tokenWithDefault('radius.xsmall'),
  backgroundColor: tokenWithDefault(background),
  color: tokenWithDefault(text),
  whiteSpace: 'nowrap',
});

export const Lozenge = ({ tone, children }: { tone: LozengeTone; children: ReactNode }) => <span style={styleOf(tone)}>{children}</span>;
