import type { CSSProperties } from 'react';
import type { PanelView } from '../../../src/contracts/panel-view';
import { tokenWithDefault } from '../../shared/components/token-with-default';
import { useT } from '../../shared/i18n/i18n-context';

type Status = PanelView['complaint']['status'];

/*
 * Drawn like @atlaskit/lozenge's subtle-free appearances rather than with it: a span and four
 * token pairs, so the status colour follows the theme and costs the bundle nothing.
 */
const COLOURS = {
  registered: ['color.background.neutral', 'color.text'],
  in_progress: ['color.background.information', 'color.text.information'],
  measures_done: ['color.background.discovery', 'color.text.discovery'],
  closed: ['color.background.success', 'color.text.success'],
} as const satisfies Record<Status, readonly [string, string]>;

const styleOf = (status: Status): CSSProperties => {
  const [background, text] = COLOURS[status];
  return {
    display: 'inline-block',
    font: tokenWithDefault('font.body.small'),
    fontWeight: tokenWithDefault('font.weight.bold'),
    textTransform: 'uppercase',
    paddingInline: tokenWithDefault('space.050'),
    borderRadius: tokenWithDefault('radius.xsmall'),
    backgroundColor: tokenWithDefault(background),
    color: tokenWithDefault(text),
  };
};

/** The complaint's status as a lozenge. */
export const StatusLozenge = ({ status }: { status: Status }) => {
  const t = useT();
  return <span style={styleOf(status)}>{t(`panel.status.${status}`)}</span>;
};
