import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerRules } from '../../scripts/layers.mjs';

const FIXTURE = 'test/fixtures/layers/src';

async function findings(eslint: ESLint, files: string[]) {
  const results = await eslint.lintFiles(files);
  return results.flatMap((r) =>
    r.messages.map((m) => ({
      file: r.filePath.slice(r.filePath.indexOf(FIXTURE) + FIXTURE.length + 1),
      rule: m.ruleId,
    })),
  );
}

describe('the layer rules', () => {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [{ languageOptions: { parser: tseslint.parser } }, ...layerRules(FIXTURE)],
  });

  it('fail on an import from a layer above and on a cycle, and pass a downward import', async () => {
    const found = await findings(eslint, [FIXTURE]);
    expect(found).toEqual(
      expect.arrayContaining([
        { file: 'util/upward.ts', rule: 'import-x/no-restricted-paths' },
        { file: 'scoring/first.ts', rule: 'import-x/no-cycle' },
        { file: 'scoring/second.ts', rule: 'import-x/no-cycle' },
      ]),
    );
    expect(found.filter((f) => f.file === 'scoring/fine.ts' || f.file === 'node/files.ts')).toEqual([]);
    expect(found).toHaveLength(3);
  });

  it('are part of the project lint: an upward import in src/ fails `npm run lint`', async () => {
    const project = new ESLint();
    const [result] = await project.lintText("import { EXIT } from '../node/errors.js';\nexport const x = EXIT;\n", {
      filePath: 'src/scoring/upward-probe.ts',
    });
    expect(result?.messages.map((m) => m.ruleId)).toContain('import-x/no-restricted-paths');
  });
});
