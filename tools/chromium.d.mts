export declare const CHROMIUM_FLAGS: string[];
export declare const MISSING_CHROMIUM: string;
/** The path of a Chromium executable; throws with one line telling how to install one. */
export declare function chromiumPath(): Promise<string>;
/** Launch options for playwright, pointed at the system Chromium. */
export declare function launchOptions(): Promise<{ executablePath: string; args: string[]; headless: boolean }>;
