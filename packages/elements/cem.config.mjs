// Custom Elements Manifest analyzer: builds custom-elements.json (referenced by package.json `customElements`)
// from the elements' JSDoc (@tag, @fires, @csspart, @cssprop) and Lit's `static properties`.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.define.ts', 'src/define.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
