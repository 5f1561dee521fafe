/**
 * The published JSON Schemas, compiled. Kept behind one function so that the CLI can swap in
 * precompiled validators without the rest of the code noticing.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import questionnaireSchema from '../../schemas/questionnaire.schema.json' with { type: 'json' };
import answersSchema from '../../schemas/answers.schema.json' with { type: 'json' };
import profileSchema from '../../schemas/profile.schema.json' with { type: 'json' };

export type SchemaName = 'questionnaire' | 'answers' | 'profile';

export const schemas: Record<SchemaName, object> = {
  questionnaire: questionnaireSchema,
  answers: answersSchema,
  profile: profileSchema,
};

/** Options shared by run-time compilation and the build-time standalone code. */
export const ajvOptions = { allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true } as const;

const compiled = new Map<SchemaName, ValidateFunction>();

export function getValidator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    const ajv = new Ajv(ajvOptions);
    validate = ajv.compile(schemas[name]);
    compiled.set(name, validate);
  }
  return validate;
}

export function validateAgainst(name: SchemaName, data: unknown): ErrorObject[] {
  const validate = getValidator(name);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
