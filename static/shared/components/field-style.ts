import type { CSSProperties } from 'react';
import { tokenWithDefault } from './token-with-default';

// Native inputs keep the browser's own keyboard and screen-reader behaviour; tokens make them look native to Jira.
export const fieldStyle: CSSProperties = {
  font: tokenWithDefault('font.body'),
  color: tokenWithDefault('color.text'),
  backgroundColor: tokenWithDefault('color.background.input'),
  // Longhands, so the invalid style's colour replaces one property: React warns when a shorthand and its longhand mix.
  borderWidth: tokenWithDefault('border.width'),
  borderStyle: 'solid',
  borderColor: tokenWithDefault('color.border.input'),
  borderRadius: tokenWithDefault('radius.small'),
  paddingBlock: tokenWithDefault('space.050'),
  paddingInline: tokenWithDefault('space.100'),
};

export const invalidFieldStyle: CSSProperties = {
  ...fieldStyle,
  borderColor: tokenWithDefault('color.border.danger'),
};
