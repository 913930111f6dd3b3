// Shared vitest browser-mode settings: headless Chromium through playwright, pointed at the system browser.
import { playwright } from '@vitest/browser-playwright';
import { launchOptions, MISSING_CHROMIUM } from './chromium.mjs';

/**
 * A vitest `test.browser` block for real headless Chromium.
 * Fails at once, in one line, when no Chromium can be found.
 */
export async function chromiumBrowser() {
  let options;
  try {
    options = await launchOptions();
  } catch (error) {
    console.error(error instanceof Error ? error.message : MISSING_CHROMIUM);
    process.exit(1);
  }
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({ launchOptions: options }),
    instances: [{ browser: 'chromium' }],
  };
}
