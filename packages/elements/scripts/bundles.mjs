// Builds the single-file bundles (vite.config.ts): dist/xinfang-elements.js (every element) and
// dist/xinfang-citizen.js (the citizen's intake form, timeline and deadline badge), each with its English module.
// One Vite build per bundle, chosen by XF_BUNDLE, because a single-file bundle cannot share a chunk with another.
import { build } from 'vite';

for (const bundle of ['elements', 'citizen']) {
  process.env.XF_BUNDLE = bundle;
  await build({ logLevel: 'warn' });
}
