/**
 * The layers of the app, enforced by `npm run lint` (README, "Layout"). Type-only imports count:
 * a type from the wrong layer couples the code as much as a value does.
 */

/** The only backend modules the UI bundles may load apart from the contracts: pure and dependency-free. */
const PURE_SHARED = ['^src/domain/language\\.ts$', '^src/domain/setup/setup-report\\.ts$'];

/**
 * The dashboard's definitions, which the gadget shows, exports and links (figure-function) as the domain words them. They
 * are pure domain (domain-is-pure holds them to it), so the bundle gains no backend code by them.
 */
const UI_DOMAIN = ['^src/domain/metrics/(monthly-review-csv|metrics-query|open-snapshot|figure-function)\\.ts$'];

/** The libraries the domain may use. */
const DOMAIN_LIBRARIES = '^node_modules/(zod|date-fns|@date-fns/tz)/';

const layer = (name) => `^src/${name}/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'The domain speaks only of complaints: it imports nothing outside itself but zod and date-fns.',
      severity: 'error',
      from: { path: layer('domain') },
      to: { pathNot: [layer('domain'), DOMAIN_LIBRARIES] },
    },
    {
      name: 'jira-translates-the-domain',
      comment: "The Jira translation layer knows the domain and Jira's shapes, never the app's ports, use cases, adapters or handlers.",
      severity: 'error',
      from: { path: layer('jira') },
      to: { path: [layer('ports'), layer('usecases'), layer('adapters'), layer('handlers'), layer('contracts')] },
    },
    {
      name: 'ports-are-interfaces',
      comment: 'Ports speak of the domain (and of the Jira specifications that setup hands over), never of who implements or calls them.',
      severity: 'error',
      from: { path: layer('ports') },
      to: { path: [layer('usecases'), layer('adapters'), layer('handlers'), layer('contracts')] },
    },
    {
      name: 'usecases-take-ports',
      comment: 'A use case gets its ports as parameters: it never imports an adapter, a handler or the UI contracts.',
      severity: 'error',
      from: { path: layer('usecases') },
      to: { path: [layer('adapters'), layer('handlers'), layer('contracts')] },
    },
    {
      name: 'adapters-serve-ports',
      comment: 'Adapters implement ports; the wiring in handlers/ puts them together with the use cases.',
      severity: 'error',
      from: { path: layer('adapters') },
      to: { path: [layer('usecases'), layer('handlers'), layer('contracts')] },
    },
    {
      name: 'contracts-are-types-of-the-domain',
      comment: 'The resolver contracts, shared with the UI, name domain types only.',
      severity: 'error',
      from: { path: layer('contracts') },
      to: { pathNot: [layer('contracts'), layer('domain')] },
    },
    {
      name: 'app-stands-alone',
      comment: 'What Forge deploys never depends on the sandbox, the tests, the scripts or the UI.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(sandbox|test|scripts|static)/' },
    },
    {
      name: 'ui-sees-only-contracts',
      comment: 'The UI bundles load the resolver contracts and the listed pure modules of src/, nothing else.',
      severity: 'error',
      from: { path: '^static/' },
      to: { path: '^src/', pathNot: [layer('contracts'), ...PURE_SHARED, ...UI_DOMAIN] },
    },
    {
      name: 'shared-modules-stay-pure',
      comment: 'A module the UI shares with the backend imports nothing, so no backend code reaches the bundles through it.',
      severity: 'error',
      from: { path: PURE_SHARED },
      to: {},
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing would hide a layer crossing.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(build|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
