import type { MouseEvent } from 'react';
import { tokenWithDefault } from '../../shared/components/token-with-default';
import type { FigureSearch } from '../figure-search';
import { LINK_HINT_ID, useFigureLinks } from '../figure-links';

/**
 * A number, linked to Jira's issue search of the complaints it counts when there is one. The
 * frame cannot follow a link to the site itself, so a click goes through the host's router; the
 * href stays, for the address a user copies or hovers over.
 */
export const FigureValue = ({ text, search }: { text: string; search?: FigureSearch }) => {
  const links = useFigureLinks();
  const target = search === undefined ? null : links(search);
  if (target === null) return <>{text}</>;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    target.open();
  };
  return (
    <a href={target.href} onClick={onClick} aria-describedby={LINK_HINT_ID} style={{ color: tokenWithDefault('color.link') }}>
      {text}
    </a>
  );
};
