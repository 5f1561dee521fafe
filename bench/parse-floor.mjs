// The floor for batch scoring: read and parse every file with the parser datascan uses, nothing else.
// That parser is js-yaml 5's event parser (`parseEvents`, then `constructFromEvents`), from
// datascan's own bundled copy (dist/vendor/js-yaml.cjs, built by `npm run bench`), loaded only when
// a YAML file comes up, as datascan does: the floor pays no start-up cost datascan avoids.
// `--parser yaml` parses with the `yaml` package instead (dist/vendor/yaml.cjs), the reader datascan
// had before, so the bench can show the difference.
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
let jsYaml;
let yaml;

/** @returns {(text: string, filename: string) => unknown} */
export const parseYaml = () => {
  jsYaml ??= require('../dist/vendor/js-yaml.cjs');
  return (text, filename) =>
    jsYaml.constructFromEvents(jsYaml.parseEvents(text, { filename }), { source: text, filename })[0];
};

/** @returns {(text: string) => unknown} */
const parseWithYamlPackage = () => (yaml ??= require('../dist/vendor/yaml.cjs')).parse;

// Run as a script (not imported by output-floor.mjs); argv[1] may be relative, a link or have spaces.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const old = args[0] === '--parser' && args[1] === 'yaml';
  const dir = old ? args[2] : args[0];
  let count = 0;
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    const text = readFileSync(file, 'utf8');
    const data = name.endsWith('.json')
      ? JSON.parse(text)
      : old
        ? parseWithYamlPackage()(text)
        : parseYaml()(text, file);
    if (data.answers) count++;
  }
  process.stdout.write(`${count}\n`);
}
