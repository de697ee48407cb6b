import { createContext, useContext } from 'react';
import type { FigureSearch } from './figure-search';

/** Where a figure's complaints are listed in Jira: the link's address, and how to open it from the frame. */
export interface FigureTarget {
  readonly href: string;
  readonly open: () => void;
}

/** Null for a figure Jira's search cannot list, or before Set up project gave the ids to search by. */
export type FigureLinks = (search: FigureSearch) => FigureTarget | null;

export const FigureLinksContext = createContext<FigureLinks>(() => null);

export const useFigureLinks = (): FigureLinks => useContext(FigureLinksContext);

/** The id of the one hidden sentence every figure link points to with aria-describedby. */
export const LINK_HINT_ID = 'gadget-link-hint';
