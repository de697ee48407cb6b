import { createContext, useContext } from 'react';
import type { AppConfig, FieldIssue, NamedPerson } from '../../src/contracts/resolver-contracts';
import type { MessageKey } from '../shared/i18n/translate';
import type { ComponentChoices } from './component-choices';

/** What every part of the settings form shares: the draft, how to change it, and the last save's problems. */
export interface SettingsFormState {
  readonly draft: AppConfig;
  readonly update: (change: (draft: AppConfig) => AppConfig) => void;
  /** The translated `message` when the last save reported a problem at `path`; otherwise undefined. */
  readonly problem: (path: string, message: MessageKey) => string | undefined;
  /** Display names of the people the draft names, by account id. */
  readonly names: Readonly<Record<string, string>>;
  readonly rememberName: (person: NamedPerson) => void;
  /** The last save's problems, for a field that reports several. */
  readonly issues: readonly FieldIssue[];
  /** The components of the projects set up, that a department's component is chosen from. */
  readonly components: ComponentChoices;
}

export const SettingsFormContext = createContext<SettingsFormState | null>(null);

export const useSettingsForm = (): SettingsFormState => {
  const state = useContext(SettingsFormContext);
  if (state === null) throw new Error('useSettingsForm needs the SettingsForm above it');
  return state;
};
