// size-limit: the single-file bundle a page loads with one <script type="module"> (all five elements, Lit, the
// core's validation rules and messages, the holiday calendar), and the English module it loads next to itself the
// first time an element is shown in English (vite.messages.ts). Every run is in bench/README.md.
//
// The budget for a Chinese page is 33 kB gzip. The English module and the sum an English page loads are regression
// guards at today's size plus a margin: lower them as they shrink. 2026-12-05, with explicit msg markers, one
// minifier pass and no member renaming: 33.11 kB, 6.64 kB, 39.75 kB.
module.exports = [
  {
    name: 'dist/xinfang-elements.js (all elements, gzip)',
    path: 'dist/xinfang-elements.js',
    gzip: true,
    limit: '33 kB',
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
