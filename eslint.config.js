// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-results/**', 'coverage/**', 'src/store/queries/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // Use cases sit under the adapters: HTTP, web and CLI call them, never the other way.
    files: ['src/use-cases/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**', '**/web/**', '**/cli/**'], message: 'src/use-cases is called by the adapters (server, cli), never imports them.' }] },
      ],
    },
  },
  {
    // The domain is pure: no I/O, no imports from the adapters.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'http', 'child_process'], message: 'src/domain is pure: no I/O.' },
            { group: ['**/store/**', '**/server/**', '**/web/**', '**/cli/**', '**/documents/**'], message: 'src/domain depends on nothing of ours.' },
          ],
        },
      ],
    },
  },
  {
    // Commands read and write through io() (src/cli/io.ts): the tests run them in their own process.
    files: ['src/cli/**/*.ts'],
    ignores: ['src/cli/io.ts', 'src/cli/main.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['stdin', 'stdout', 'stderr'].map((property) => ({ object: 'process', property, message: 'use io() from src/cli/io.ts' })),
      ],
    },
  },
);
