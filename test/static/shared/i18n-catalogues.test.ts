import { en, type MessageKey } from '../../../static/shared/i18n/catalogue.en';
import { CATALOGUES, translate } from '../../../static/shared/i18n/translate';
import { UI_ERROR_CODES } from '../../../static/shared/ui-error';
import { LANGUAGES } from '../../../src/domain/language';

const KEYS = Object.keys(en) as MessageKey[];
const placeholdersOf = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('i18n catalogues', () => {
  it.each(LANGUAGES)('%s has exactly the English keys, each a non-empty string', (language) => {
    const catalogue = CATALOGUES[language];
    expect(Object.keys(catalogue).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) expect(catalogue[key].trim()).not.toBe('');
  });

  it.each(['ru', 'uk'] as const)('%s translates at least 95%% of the messages rather than copying English', (language) => {
    const copied = KEYS.filter((key) => CATALOGUES[language][key] === en[key]);
    // 5% of the keys, rounded down, may stay identical (product names such as "Complaint Advocate" alone).
    expect(copied.length).toBeLessThanOrEqual(Math.floor(KEYS.length * 0.05));
  });

  it('keeps ru and uk apart: they are two translations, not one', () => {
    const same = KEYS.filter((key) => CATALOGUES.ru[key] === CATALOGUES.uk[key]);
    // A short label may read the same in both ("Компонент Jira"); a copied catalogue would not stay under 1%.
    expect(same.length).toBeLessThanOrEqual(Math.floor(KEYS.length * 0.01));
  });

  it.each(LANGUAGES)('%s keeps every placeholder of the English message', (language) => {
    for (const key of KEYS) expect([key, placeholdersOf(CATALOGUES[language][key])]).toEqual([key, placeholdersOf(en[key])]);
  });

  it('has a message for every UI error code', () => {
    const missing = UI_ERROR_CODES.filter((code) => !(`error.${code}` in en));
    expect(missing).toEqual([]);
  });
});

describe('translate', () => {
  it.each([
    ['en', 'panel.issueKey', { key: 'CS-7' }, 'Issue CS-7'],
    ['ru', 'panel.issueKey', { key: 'CS-7' }, 'Задача CS-7'],
    ['uk', 'validation.projects.invalid', { value: 'x1' }, 'Неприпустимий ключ проєкту: x1.'],
    ['en', 'shell.error.details', { message: 42 }, 'Details: 42'],
  ] as const)('%s %s fills its placeholders', (language, key, params, expected) => {
    expect(translate(language, key, params)).toBe(expected);
  });

  it('leaves a placeholder without a value visible, so the gap is noticed', () => {
    expect(translate('en', 'panel.issueKey')).toBe('Issue {key}');
  });
});
