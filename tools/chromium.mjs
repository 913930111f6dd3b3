// Finds the Chromium that browser tests, Storybook checks and benchmarks drive.
// Order: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a browser that Playwright installed itself.
import { existsSync } from 'node:fs';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export const MISSING_CHROMIUM =
  'No Chromium found for browser tests: run `apt-get install -y chromium` (Debian/Ubuntu), or `npx playwright install chromium` on a machine that can download, or set CHROMIUM_PATH to a Chromium binary.';

/** @returns {Promise<string>} the path of a Chromium executable; throws with one line telling how to install one. */
export async function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist. ${MISSING_CHROMIUM}`);
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    const { chromium } = await import('playwright');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // playwright has no browser of its own: fall through to the message.
  }
  throw new Error(MISSING_CHROMIUM);
}

/** Launch options for playwright, pointed at the system Chromium. */
export async function launchOptions() {
  return { executablePath: await chromiumPath(), args: CHROMIUM_FLAGS, headless: true };
}
