import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/', '.output-sync-test/', '.wxt/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Leaving a field out of a copy (`const { key: _key, ...rest } = record`) is not an unused variable.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The database lives in the extension origin only. An IndexedDB opened from a content script belongs to
    // linkedin.com, where LinkedIn's own scripts could read it (DESIGN.md, "Architecture").
    files: ['entrypoints/content/**', 'components/panel/**', 'utils/linkedin/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Dexie belongs to the background: send a message instead.' }],
          patterns: [
            { group: ['**/db', '**/db/**', '@/utils/db*'], message: 'The database belongs to the background.' },
            {
              group: ['zod', 'zod/*'],
              message: 'Validation happens in the background; keep the content script small.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'indexedDB', message: 'IndexedDB here would belong to linkedin.com.' },
      ],
    },
  },
);
