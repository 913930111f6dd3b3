// size-limit: the single-file bundle a page loads with one <script type="module"> (all five elements, Lit,
// the core's validation rules and messages, the holiday calendar).
//
// The issue's target is 30 KB gzip; the bundle does NOT meet it (33.72 kB measured 2026-12-04, after the elements'
// text became keyless constants grouped in one place, their internal members got short names and the core's share
// shrank by 1 kB; 37.67 kB before; see the package README, "Size", for where the bytes go and what would have to
// change). This limit is a
// regression guard at today's size plus 1 kB, so that growth is noticed; lower it as the bundle shrinks, down to the
// 30 KB target.
module.exports = [
  {
    name: 'dist/xinfang-elements.js (all elements, gzip)',
    path: 'dist/xinfang-elements.js',
    gzip: true,
    limit: '34.7 kB',
  },
];
