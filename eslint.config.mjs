// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import { readFileSync, readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

/*
 * Lint for the whole repository: the recommended rules of ESLint and typescript-eslint, and the
 * architecture's import rules (docs/architecture.md). test/import-rules.spec.ts checks the same
 * rules, from the same lists (test/import-rules.json), on resolved paths and through the
 * libraries a file imports; these catch the direct import in the editor, before a test runs.
 * Formatting is Prettier's: eslint-config-prettier, last, turns off the rules it owns.
 */

/** @type {{ pureLibs: string[], infrastructurePackages: string[], composedByServer: string[] }} */
const rules = JSON.parse(readFileSync(new URL('./test/import-rules.json', import.meta.url), 'utf8'));
const folders = (parent) =>
  readdirSync(new URL(`./${parent}/`, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
const APPS = folders('apps');
const IMPURE_LIBS = folders('libs').filter((lib) => !rules.pureLibs.includes(lib));

/** The frameworks and drivers that the pure libraries (the text engine, the workflow's rules, the contracts) do without. */
const infrastructurePackages = {
  group: rules.infrastructurePackages.flatMap((name) => (name.endsWith('/*') ? [name] : [name, `${name}/*`])),
  message: `libs/{${rules.pureLibs.join(',')}} are pure TypeScript: they import none of ${rules.infrastructurePackages.join(', ')}.`,
};

/** The other libraries reach infrastructure, so a pure library imports only the pure ones. */
const impureLibs = {
  regex: `^(#libs/|(\\.\\./)+(libs/)?)(${IMPURE_LIBS.join('|')})(/|$)`,
  message: `A pure library imports only the other pure libraries (${rules.pureLibs.map((lib) => `#libs/${lib}`).join(', ')}).`,
};

/** A relative import that climbs into apps/: arrows point inward, from the apps to the libraries. */
const anyApp = {
  regex: `^(\\.\\./)+(apps/|(${APPS.join('|')})/)`,
  message: 'The libraries do not import the apps.',
};

/** A relative import of another app's source, `../../ledger/src/…` or `…/apps/ledger/…`. */
function otherApps(app) {
  const others = APPS.filter((other) => other !== app && !(app === 'server' && rules.composedByServer.includes(other)));
  return {
    regex: `^(\\.\\./)+(apps/)?(${others.join('|')})/`,
    message: `apps/${app} does not import another app's source: share it through a library under libs/.`,
  };
}

/** What Node gives a script (test/infra's JavaScript, the configuration files). */
const nodeScriptGlobals = Object.fromEntries(
  [
    'require',
    'module',
    'exports',
    '__dirname',
    '__filename',
    'process',
    'console',
    'Buffer',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'URL',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'coverage/', 'test/artifacts/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A name that starts with `_` is unused on purpose: a positional parameter, a destructured-away property.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      // A variable a closure reads before its first assignment (a shutdown handler reading the app) cannot be const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Control characters are what canonical JSON escapes and the tokenizer refuses: matching them is the point.
      'no-control-regex': 'off',
      // The text engine strips Arabic combining marks one code point at a time (the `u` flag), on purpose.
      'no-misleading-character-class': 'off',
      // An empty catch says "already gone" (a process to kill, a file to remove); other empty blocks stay errors.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // Tests and the benchmark read untyped JSON answers (supertest's `body` is `any` already).
    files: ['test/**', 'bench/**', '**/*.spec.ts', 'libs/*/src/testing/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: nodeScriptGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: nodeScriptGlobals },
  },
  {
    files: rules.pureLibs.map((lib) => `libs/${lib}/**/*.ts`),
    rules: { 'no-restricted-imports': ['error', { patterns: [infrastructurePackages, impureLibs, anyApp] }] },
  },
  {
    files: ['libs/**/*.ts'],
    ignores: rules.pureLibs.map((lib) => `libs/${lib}/**`),
    rules: { 'no-restricted-imports': ['error', { patterns: [anyApp] }] },
  },
  ...APPS.map((app) => ({
    files: [`apps/${app}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherApps(app)] }] },
  })),
  prettier,
);
