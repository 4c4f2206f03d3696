// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', 'tests/e2e/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Main validates; the window only needs the types. Schemas built in the page would be
      // parsed and run before its first paint (zod and the contracts: ~450 kB).
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'The renderer does not validate; main does.', allowTypeImports: true }],
          patterns: [
            {
              group: ['**/contract', '**/zod-vi', '**/ipc/client'],
              message: 'Take only types from a contract; plain data it needs goes in a zod-free module.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Only main/app and the preload may import electron at run time; everything else must run
    // in plain Node (tests, CLI, benchmarks).
    files: ['main/**/*.ts'],
    ignores: ['main/app/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only main/app may import electron.', allowTypeImports: true }] },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
