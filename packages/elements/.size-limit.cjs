// size-limit: the single-file bundle a page loads with one <script type="module"> (all five elements, Lit, the
// core's validation rules and messages, the holiday calendar), and the English module it loads next to itself the
// first time an element is shown in English (vite.messages.ts). Every run is in bench/README.md.
//
// The budget for a Chinese page is 33 kB gzip, and it is NOT met: 2026-12-05, with explicit msg markers, one
// minifier pass, no member renaming, Biome's import sorting and the timeline's labels from the core's glossary, the
// bundle is 33.66 kB. Its limit here is a regression guard at 34 kB until the bundle is under 33 kB; then set it to
// 33 kB again. The English module and the sum an English page loads are guards at today's size (6.62 kB,
// 40.27 kB) plus a margin: lower them as they shrink.
module.exports = [
  {
    name: 'dist/xinfang-elements.js (all elements, gzip)',
    path: 'dist/xinfang-elements.js',
    gzip: true,
    limit: '34 kB',
  },
  {
    name: 'dist/xinfang-elements.en.js (the English, loaded by an English page only)',
    path: 'dist/xinfang-elements.en.js',
    gzip: true,
    limit: '7 kB',
  },
  {
    name: 'an English page: both files',
    path: ['dist/xinfang-elements.js', 'dist/xinfang-elements.en.js'],
    gzip: true,
    limit: '42 kB',
  },
];
