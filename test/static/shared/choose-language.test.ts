import { chooseLanguage } from '../../../static/shared/i18n/choose-language';

describe('chooseLanguage: saved preference, then Jira locale, then English', () => {
  it.each([
    ['a saved choice beats the locale', 'uk', 'ru_RU', 'uk'],
    ['a saved choice beats an unsupported locale', 'ru', 'de_DE', 'ru'],
    ['without a saved choice the locale decides (underscore form)', null, 'ru_RU', 'ru'],
    ['without a saved choice the locale decides (BCP 47 form)', null, 'uk-UA', 'uk'],
    ['an English locale gives English', null, 'en_GB', 'en'],
    ['an unsupported locale falls back to English', null, 'de_DE', 'en'],
    ['no locale at all falls back to English', null, undefined, 'en'],
  ] as const)('%s', (_case, saved, locale, expected) => {
    expect(chooseLanguage(saved, locale)).toBe(expected);
  });
});
