// Custom Elements Manifest analyzer: builds custom-elements.json (referenced by package.json `customElements`)
// from the elements' JSDoc (@tag, @fires, @csspart, @cssprop) and Lit's `static properties`.
export default {
  globs: ['src/**/*.ts'],
  // The text modules (one exported constant a text, both languages) are not API: left out, they would double
  // the manifest with every string of the forms.
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.stories.ts',
    'src/**/*.define.ts',
    'src/define.ts',
    // The React wrappers: components made from the elements, not elements.
    'src/react.ts',
    'src/**/*.strings.ts',
    'src/reply-form/reply-form.letter.ts',
    'src/reply-form/reply-form.messages.ts',
    // Where the English comes from: replaced in the single-file bundle by its build (vite.english.ts).
    'src/i18n/english.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
