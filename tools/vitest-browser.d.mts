import type { BrowserConfigOptions } from 'vitest/node';
/** A vitest `test.browser` block for real headless Chromium; exits in one line when no Chromium is found. */
export declare function chromiumBrowser(): Promise<BrowserConfigOptions>;
