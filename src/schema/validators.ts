/**
 * The published JSON Schemas as validators, precompiled at development time by
 * scripts/generate-validators.mjs (`npm run schemas`): no schema is compiled when the CLI runs,
 * and the validators are loaded only when a file is checked (see src/lazy/modules.cjs).
 */
import type { ErrorObject } from 'ajv';
import lazy from '../lazy/modules.cjs';

const { schemaValidators } = lazy;

export type SchemaName = 'questionnaire' | 'answers' | 'profile' | 'test' | 'plan' | 'comparison';

export function validateAgainst(name: SchemaName, data: unknown): ErrorObject[] {
  const validate = schemaValidators()[name];
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
