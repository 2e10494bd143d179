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
);
