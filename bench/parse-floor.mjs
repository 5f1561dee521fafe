// The floor for batch scoring: read and parse every file with the parser datascan uses, nothing else.
// The parser is datascan's own bundled copy (dist/vendor/yaml.cjs, built by `npm run bench`), loaded
// only when a YAML file comes up, as datascan does: the floor pays no start-up cost datascan avoids.
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
let yaml;
/** @returns {(text: string) => unknown} */
export const parseYaml = () => (yaml ??= require('../dist/vendor/yaml.cjs')).parse;

// Run as a script (not imported by output-floor.mjs); argv[1] may be relative, a link or have spaces.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const dir = process.argv[2];
  let count = 0;
  for (const name of readdirSync(dir).sort()) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const data = name.endsWith('.json') ? JSON.parse(text) : parseYaml()(text);
    if (data.answers) count++;
  }
  process.stdout.write(`${count}\n`);
}
