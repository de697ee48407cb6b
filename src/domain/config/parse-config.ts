import type { z } from 'zod';
import { AppError, type FieldIssue } from '../app-error';
import { appConfigSchema, type AppConfig } from './app-config.schema';

/** Turns zod issues into field messages that the admin page shows next to each field. */
export const toFieldIssues = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));

const parseAs = (code: 'INVALID_CONFIG' | 'INVALID_INPUT', input: unknown): AppConfig => {
  const result = appConfigSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const fields = toFieldIssues(result.error);
  throw new AppError(code, `Configuration is invalid: ${fields.map((f) => `${f.path} ${f.message}`).join('; ')}`, { fields });
};

/**
 * Validates a stored configuration, filling the defaults.
 * @throws AppError INVALID_CONFIG naming every offending field.
 */
export const parseConfig = (input: unknown): AppConfig => parseAs('INVALID_CONFIG', input);

/**
 * Validates a configuration an admin submitted, filling the defaults: what is wrong is their
 * input, not the app's state.
 * @throws AppError INVALID_INPUT naming every offending field.
 */
export const parseSubmittedConfig = (input: unknown): AppConfig => parseAs('INVALID_INPUT', input);

export const defaultConfig = (): AppConfig => parseConfig({});
