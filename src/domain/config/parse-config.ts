import type { z } from 'zod';
import { AppError, type FieldIssue } from '../app-error';
import { appConfigSchema, type AppConfig } from './app-config.schema';

/** Turns zod issues into field messages that the admin page shows next to each field. */
export const toFieldIssues = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));

/**
 * Validates a stored or submitted configuration, filling the defaults.
 * @throws AppError INVALID_CONFIG naming every offending field.
 */
export const parseConfig = (input: unknown): AppConfig => {
  const result = appConfigSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const fields = toFieldIssues(result.error);
  throw new AppError('INVALID_CONFIG', `Configuration is invalid: ${fields.map((f) => `${f.path} ${f.message}`).join('; ')}`, {
    fields,
  });
};

export const defaultConfig = (): AppConfig => parseConfig({});
