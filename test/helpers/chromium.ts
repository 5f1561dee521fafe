/**
 * The Chromium the browser tests drive: Debian's package, headless and offline. Locally a test is
 * skipped without it; in CI (which installs it) its absence fails the test instead.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Whether the browser tests run here: Chromium is installed, or this is CI, where it must be. */
export const canRunChromium = existsSync(CHROMIUM) || Boolean(process.env.CI);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}
