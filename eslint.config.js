import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.out-*/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // utils/ is pure: the clock and the browser API come in as arguments.
    files: ['utils/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Pass `now` in.' }],
      'no-restricted-globals': ['error', { name: 'browser', message: 'utils/ never touches the browser API.' }, { name: 'chrome', message: 'utils/ never touches the browser API.' }],
    },
  },
);
