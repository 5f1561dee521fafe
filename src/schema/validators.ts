/**
 * The published JSON Schemas as validators, precompiled at development time by
 * scripts/generate-validators.mjs (`npm run schemas`): no schema is compiled when the CLI runs.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as generated from './generated/validators.js';

export type SchemaName = 'questionnaire' | 'answers' | 'profile';

const validators: Record<SchemaName, ValidateFunction> = generated;

export function validateAgainst(name: SchemaName, data: unknown): ErrorObject[] {
  const validate = validators[name];
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
