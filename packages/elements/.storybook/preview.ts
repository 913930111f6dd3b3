/// <reference types="vite/client" />

import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';

// Autodocs read attributes, properties, events, slots, parts and CSS custom properties from the
// Custom Elements Manifest that the package build writes (`cem analyze`). Before the first build
// the file does not exist: the glob then yields nothing and the docs fall back to the stories' args.
const manifests = import.meta.glob<{ default: unknown }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Fail a story (in the a11y panel and in any test run) on any axe violation.
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true },
  },
};

export default preview;
