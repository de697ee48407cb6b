/** The UI languages the app ships. Forge manifests accept en-US and ru-RU only, so uk is picked in-app. */
export const LANGUAGES = ['en', 'ru', 'uk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Maps a Jira locale such as `ru_RU` or `uk-UA` to a shipped language, falling back to English. */
export const languageOfLocale = (locale: string | null | undefined): Language => {
  const prefix = (locale ?? '').slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(prefix) ? (prefix as Language) : 'en';
};
