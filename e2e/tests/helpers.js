// Shared set-up for the end-to-end tests: base URL, browser launch, screenshots.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.KHABAR_URL || 'http://localhost:8080').replace(/\/+$/, '');

/** The project's target/e2e/ (e2e/../target/e2e). */
export const SCREENSHOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'target', 'e2e');

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Arabic letters (the basic Arabic block). */
export const ARABIC = /[\u0621-\u064A]/;

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

/**
 * Starts Debian's Chromium. chromium.launch() gives it a fresh, empty profile
 * (a new temporary --user-data-dir, removed on close), so no saved state such
 * as GraphiQL's stored query leaks between runs. Returns { browser, page, close }.
 * Script and console errors of the page are collected in `problems`.
 */
export async function openBrowser({ viewport = { width: 1280, height: 900 } } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 60_000 });
  const context = await browser.newContext({ viewport, locale: 'ar', deviceScaleFactor: 1 });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  const close = () => browser.close().catch(() => {});
  return { browser, context, page, problems, close };
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
