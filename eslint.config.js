import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The content script runs inside the web page: it must never sanitize or render there.
    files: ['entrypoints/*.content.ts', 'lib/extract/**/*.ts', 'lib/sites/**/*.ts', 'lib/gujarati.ts'],
    ignores: ['lib/extract/sanitize.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dompurify', message: 'Sanitize in the extension page or the CLI, never in the web page.' }] },
      ],
    },
  },
);
