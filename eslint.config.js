import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layerRules } from './scripts/layers.mjs';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist.*/',
      'coverage/',
      'node_modules/',
      'test-artifacts/',
      'bench/tmp/',
      'src/schema/generated/',
      'src/form/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The lazy loader is CommonJS so that its require() calls are evaluated on first use.
    files: ['src/lazy/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The core is a library: no terminal or process access outside the CLI and the prompt engine.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/prompt/**', 'src/node/**', 'src/server/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The core is pure: pass what you need in from src/cli/.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'node:fs',
            'fs',
            'node:fs/promises',
            'node:os',
            'node:process',
            'node:tty',
            'node:child_process',
            'chalk',
            '@inquirer/prompts',
            'cli-progress',
          ],
        },
      ],
    },
  },
  ...layerRules('src'),
);
