import { languageOfLocale } from '../../src/domain/language';

describe('languageOfLocale', () => {
  it.each([
    ['en_US', 'en'],
    ['ru_RU', 'ru'],
    ['uk_UA', 'uk'],
    ['uk-UA', 'uk'],
    ['RU', 'ru'],
    ['de_DE', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ])('%s → %s', (locale, expected) => {
    expect(languageOfLocale(locale)).toBe(expected);
  });
});
