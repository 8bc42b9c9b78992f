// ESLint: typescript-eslint strict-type-checked on src/, generated code ignored.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['src/wire/gen/**', 'dist/**', 'node_modules/**', 'test/**', '*.config.ts', 'bin/**'] },
  {
    files: ['src/**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      // Long from the generated .d.ts and from the long package are the same class; the rule cannot see it.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
    },
  },
);
