import { chromiumPath } from '../local/browser';

/**
 * Unpacks the npm-shipped Chromium once, before jest starts its workers: two browser suites
 * unpacking it at the same time could each find the other's half-written binary.
 */
export default async function globalSetup(): Promise<void> {
  await chromiumPath();
}
