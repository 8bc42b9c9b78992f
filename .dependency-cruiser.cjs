/**
 * Module boundaries of DESIGN.md's table: dependencies point downward only. Pure domain modules
 * import no I/O module of ours; type-only imports of the strategy SDK are allowed in risk and
 * survival (structural contracts), see docs/adr/0003-module-boundaries.md.
 */
const pure = '^src/(strategies|risk|survival|market|features)/';
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    { name: 'market-imports-nothing-ours', severity: 'error', from: { path: '^src/market/' }, to: { path: '^src/(?!market/)' } },
    { name: 'wire-imports-nothing-but-market-and-sdk-types', severity: 'error', from: { path: '^src/wire/' }, to: { path: '^src/(host|transport|cli|backtest|risk|survival|strategies|features|data|state|config)/' } },
    { name: 'transport-knows-no-strategy', severity: 'error', from: { path: '^src/transport/' }, to: { path: '^src/(host|cli|backtest|risk|survival|strategies|features|data|state|config)/' } },
    { name: 'strategy-sdk-imports-market-only', severity: 'error', from: { path: '^src/strategy/' }, to: { path: '^src/(?!strategy/|market/)' } },
    { name: 'risk-imports-market-and-sdk-types', severity: 'error', from: { path: '^src/risk/' }, to: { path: '^src/(host|transport|cli|backtest|survival|strategies|features|data|config|wire)/' } },
    { name: 'risk-sdk-type-only', severity: 'error', from: { path: '^src/risk/' }, to: { path: '^src/strategy/', dependencyTypesNot: ['type-only'] } },
    { name: 'survival-imports-nothing-but-types', severity: 'error', from: { path: '^src/survival/' }, to: { path: '^src/(host|transport|cli|backtest|risk|strategies|features|data|state|config|wire)/' } },
    { name: 'survival-sdk-type-only', severity: 'error', from: { path: '^src/survival/' }, to: { path: '^src/strategy/', dependencyTypesNot: ['type-only'] } },
    { name: 'features-imports-market-and-sdk', severity: 'error', from: { path: '^src/features/' }, to: { path: '^src/(host|transport|cli|backtest|risk|survival|strategies|data|state|config|wire)/' } },
    { name: 'strategies-stay-pure', severity: 'error', from: { path: '^src/strategies/' }, to: { path: '^src/(host|transport|cli|backtest|data|state|config|wire)/' } },
    { name: 'backtest-below-host', severity: 'error', from: { path: '^src/backtest/' }, to: { path: '^src/(host|transport|cli|wire)/' } },
    { name: 'only-host-and-cli-wire-pieces', severity: 'error', from: { path: '^src/(?!host/|cli/)' }, to: { path: '^src/(host|cli)/' } },
    { name: 'pure-modules-no-node-io', severity: 'error', from: { path: pure }, to: { dependencyTypes: ['core'], path: '^(node:)?(fs|net|http|https|child_process|worker_threads|dgram|os)' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'src/wire/gen' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
