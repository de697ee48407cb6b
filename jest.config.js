/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Two workers on the two-core machine CI runs on: most suites wait on a sandbox, a browser or
  // MariaDB rather than compute, and jest's default (cores - 1) ran the whole suite in one
  // process, 20 minutes long. Tests that start a sandbox carry timeouts for a busy machine.
  maxWorkers: 2,
  // Only test/: Playwright specs and static builds live elsewhere.
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // A private MariaDB server for the run, for the Forge SQL suites on a MySQL engine (test/support/mariadb/).
  globalSetup: '<rootDir>/test/support/mariadb/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/mariadb/global-teardown.ts',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { transform: { react: { runtime: 'automatic' } } } }] },
  moduleNameMapper: {
    '\\.css$': '<rootDir>/test/support/empty-module.js',
    // The same all-off stand-in as the Vite bundles use (static/shared/vite).
    '^@atlaskit/platform-feature-flags(/fg)?$': '<rootDir>/static/shared/vite/feature-flags-off.ts',
    // jira.js ships ESM only, with "import" exports that jest's CommonJS resolver cannot follow.
    '^jira\\.js$': '<rootDir>/node_modules/jira.js/dist/index.js',
    '^jira\\.js/(core|cloud|agile|serviceDesk)$': '<rootDir>/node_modules/jira.js/dist/$1/index.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!jira\\.js/)'],
  // `npm test` runs with --coverage over the whole app. jest counts a file under the threshold
  // of its folder only, so `global` is src/ without the domain, which keeps its own floor. The
  // floors sit a point or two under what the full run reaches: a real drop fails the run.
  collectCoverageFrom: ['src/**/*.ts'],
  coverageThreshold: {
    global: { lines: 94, branches: 80 },
    'src/domain/': { lines: 98, branches: 95 },
  },
  coverageReporters: ['text-summary', 'text'],
};
