import type { Language } from '../../../src/domain/language';
import { en, type Catalogue, type MessageKey } from './catalogue.en';
import { ru } from './catalogue.ru';
import { uk } from './catalogue.uk';

export type { MessageKey } from './catalogue.en';
export type MessageParams = Readonly<Record<string, string | number>>;

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, ru, uk };

const PLACEHOLDER = /\{(\w+)\}/g;

/** Looks a message up and fills its `{name}` placeholders; an unknown placeholder stays visible so it gets noticed. */
export const translate = (language: Language, key: MessageKey, params: MessageParams = {}): string =>
  CATALOGUES[language][key].replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
