// The floor for batch scoring to ndjson: read and parse every file with the parser datascan uses
// (js-yaml 5's event parser, as bench/parse-floor.mjs), then serialise and write one profile-sized
// JSON line per file, with no scoring. The line is a real profile (argv[3], from `datascan score
// --format json`), given each file's path, so the serialising work is that of the real output.
import { Buffer } from 'node:buffer';
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseYaml } from './parse-floor.mjs';

const dir = process.argv[2];
const profile = JSON.parse(readFileSync(process.argv[3], 'utf8'));
let count = 0;
for (const name of readdirSync(dir).sort()) {
  const file = path.join(dir, name);
  const text = readFileSync(file, 'utf8');
  const data = name.endsWith('.json') ? JSON.parse(text) : parseYaml()(text, file);
  if (!data.answers) continue;
  count++;
  profile.sources = [file];
  profile.organisation = data.organisation ?? null;
  const line = Buffer.from(`${JSON.stringify(profile)}\n`);
  for (let done = 0; done < line.length;) done += writeSync(1, line, done);
}
process.stderr.write(`${count}\n`);
