// The layers of src/, lowest first. A folder may import from its own layer and the layers below,
// never from a layer above; import-x/no-cycle forbids cycles inside a layer. eslint.config.js
// applies these rules to src/, and test/lint/layers.test.ts to a fixture tree that breaks them.
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';

export const LAYERS = [
  ['util'],
  // lazy/ loads the YAML parser and the generated schema validators on first use.
  ['diagnostics', 'source', 'schema', 'lazy'],
  ['questionnaire', 'answers', 'scoring', 'report', 'compare', 'plan', 'prompt', 'testing', 'form'],
  // workshop/: the live workshop's pure decisions, which check answers as the workspace does.
  ['workspace', 'workshop'],
  // The library's entry point: the pure core, nothing that touches Node's file system.
  ['index.ts'],
  ['node'],
  ['cli', 'server'],
];

/** ESLint config objects that enforce the layers on the folder `srcDir` (relative to the cwd). */
export function layerRules(srcDir = 'src') {
  const at = (name) => `./${srcDir}/${name}`;
  const zones = LAYERS.flatMap((layer, rank) => {
    const above = LAYERS.slice(rank + 1).flat();
    if (above.length === 0) return [];
    return layer.map((name) => ({
      target: at(name),
      from: above.map(at),
      message: `layers point one way: ${name} (layer ${rank + 1}) must not import from a layer above it (see scripts/layers.mjs)`,
    }));
  });
  return [
    {
      files: [`${srcDir}/**/*.ts`],
      plugins: { 'import-x': importX },
      settings: {
        // The plugin's TypeScript settings (which files it parses for no-cycle), with the resolver
        // that maps `./x.js` to `./x.ts`.
        ...importX.flatConfigs.typescript.settings,
        'import-x/resolver': undefined,
        'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
      },
      rules: {
        'import-x/no-cycle': ['error', { ignoreExternal: true }],
        'import-x/no-restricted-paths': ['error', { zones }],
      },
    },
  ];
}
