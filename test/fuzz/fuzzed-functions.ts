/**
 * The manifest functions that take an event and that the fuzz files cover: the install's in
 * admin-gadget.fuzz.test.ts, the others in events.fuzz.test.ts. fuzz-coverage.test.ts holds the
 * list to manifest.yml, so a new trigger, consumer or JQL function fails it until it is fuzzed.
 */
export const EVENT_FUNCTION_KEYS = ['complaint-event', 'queue-consumer', 'setup-consumer', 'figure-jql-function', 'app-installed'] as const;
export type EventFunctionKey = (typeof EVENT_FUNCTION_KEYS)[number];
