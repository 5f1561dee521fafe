/** The published JSON Schemas compiled as an editor or another tool would read them (strict ajv, draft-07). */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { ROOT } from './cli.js';

export function publishedSchema(name: string): ValidateFunction {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', name), 'utf8')) as object;
  return new Ajv({
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    keywords: ['markdownDescription'],
  }).compile(schema);
}
