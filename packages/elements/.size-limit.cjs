// size-limit: the single-file bundles a page loads with one <script type="module"> (Lit, the core's validation
// rules and messages, the holiday calendar inside), and the English module each loads next to itself the first
// time an element is shown in English (vite.messages.ts). Every run is in bench/README.md.
//
// The budget is for a Chinese citizen page: 33 kB gzip for dist/xinfang-citizen.js (the intake form, the timeline
// and the deadline badge), the file a page where citizens submit and track loads. The office's bundle of every
// element (dist/xinfang-elements.js, with the reception and reply forms) has no budget of its own: its limit is a
// regression guard at its size on 2026-12-05 (34.73 kB: no import-order tuning, no rewriting of templates) plus a
// margin. Lower the guards as the files shrink.
module.exports = [
  {
    name: 'dist/xinfang-citizen.js (a Chinese citizen page: intake form, timeline, badge; gzip)',
    path: 'dist/xinfang-citizen.js',
    gzip: true,
    limit: '33 kB',
  },
  {
    name: 'a citizen page in English: dist/xinfang-citizen.js + dist/xinfang-citizen.en.js',
    path: ['dist/xinfang-citizen.js', 'dist/xinfang-citizen.en.js'],
    gzip: true,
    limit: '31 kB',
  },
  {
    name: 'dist/xinfang-elements.js (an office page: every element; gzip)',
    path: 'dist/xinfang-elements.js',
    gzip: true,
    limit: '35 kB',
  },
  {
    name: 'dist/xinfang-elements.en.js (the English, loaded by an English page only)',
    path: 'dist/xinfang-elements.en.js',
    gzip: true,
    limit: '7 kB',
  },
  {
    name: 'an English office page: both files',
    path: ['dist/xinfang-elements.js', 'dist/xinfang-elements.en.js'],
    gzip: true,
    limit: '42 kB',
  },
];
