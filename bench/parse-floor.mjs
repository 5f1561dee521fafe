// The floor for batch scoring: read and parse every file with the parser datascan uses, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const dir = process.argv[2];
let count = 0;
for (const name of readdirSync(dir).sort()) {
  const text = readFileSync(path.join(dir, name), 'utf8');
  const data = name.endsWith('.json') ? JSON.parse(text) : parse(text);
  if (data.answers) count++;
}
process.stdout.write(`${count}\n`);
