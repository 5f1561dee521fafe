/**
 * PyYAML, the YAML 1.1 reader most tools downstream of datascan use (Python scripts, pre-commit),
 * as an outside check that what datascan writes reads back as the same texts there. Needs python3
 * with the yaml module (Debian: python3-yaml, which .ci/run installs); without it the tests are
 * skipped locally and fail in CI, so a missing reader never passes silently.
 */
import { spawnSync } from 'node:child_process';

const probe = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' });
export const hasPyYaml = probe.status === 0;
export const canRunPyYaml = hasPyYaml || Boolean(process.env.CI);

/**
 * Each YAML text read by PyYAML's safe_load: its value as JSON, with a value JSON has no form for
 * (a date, infinity) as `{"$type": "date", "text": …}` and a text PyYAML refuses as `{"$error": …}`, so
 * that a text read as something else shows.
 */
export function readWithPyYaml(texts: readonly string[]): unknown[] {
  const script = [
    'import json, math, sys, yaml',
    'def plain(v):',
    '    if isinstance(v, dict): return {str(k) if isinstance(k, str) else json.dumps(plain(k)): plain(x) for k, x in v.items()}',
    '    if isinstance(v, list): return [plain(x) for x in v]',
    '    if isinstance(v, float) and not math.isfinite(v): return {"$type": "float", "text": str(v)}',
    '    if v is None or isinstance(v, (str, bool, int, float)): return v',
    '    return {"$type": type(v).__name__, "text": str(v)}',
    'def read(t):',
    '    try: return plain(yaml.safe_load(t))',
    '    except yaml.YAMLError as e: return {"$error": type(e).__name__}',
    'print(json.dumps([read(t) for t in json.load(sys.stdin)]))',
  ].join('\n');
  const run = spawnSync('python3', ['-c', script], { input: JSON.stringify(texts), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as unknown[];
}
