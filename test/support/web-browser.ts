import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, Locator, Page, chromium } from 'playwright-core';

const REPO_ROOT = join(__dirname, '..', '..');
/** Where the screenshots of the pages go (git-ignored). */
export const SCREENSHOTS = join(REPO_ROOT, 'test', 'artifacts', 'screenshots');

/** What no page may exceed on a slow link: its HTML, and the one style sheet and one script it may load. */
export const PAGE_BUDGET_BYTES = { html: 200_000, css: 12_000, js: 6_000 } as const;

/**
 * Debian's Chromium, headless, with a fresh profile: no browser is downloaded, nothing is
 * shared with another run, and nothing reaches out to the network but the page under test.
 */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'ledger-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Browser globals, inside page.evaluate callbacks only (the project compiles without the DOM library).
declare const window: {
  axe: {
    run: (
      context: unknown,
      options: object,
    ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
  };
};
declare const document: unknown;

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One rule axe-core found broken, with where. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** Runs axe-core (every rule it runs by default: WCAG 2.x A and AA, and best practices) on the page as it stands. */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the pages' Content-Security-Policy does not govern.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
}

/** What a page load fetched: every response, its type and size. */
export interface PageWeight {
  readonly html: number;
  readonly css: number;
  readonly js: number;
  readonly other: readonly string[];
  readonly requests: number;
}

/** Loads a URL and measures what it fetched. */
export async function loadAndWeigh(page: Page, url: string): Promise<PageWeight> {
  const weight = { html: 0, css: 0, js: 0, other: [] as string[], requests: 0 };
  const pending: Promise<void>[] = [];
  const onResponse = (response: import('playwright-core').Response) => {
    weight.requests++;
    pending.push(
      (async () => {
        const type = response.headers()['content-type'] ?? '';
        const status = response.status();
        if (status >= 300 && status < 400) return;
        const size = (await response.body().catch(() => Buffer.alloc(0))).length;
        if (type.startsWith('text/html')) weight.html += size;
        else if (type.startsWith('text/css')) weight.css += size;
        else if (type.startsWith('text/javascript') || type.startsWith('application/javascript')) weight.js += size;
        else weight.other.push(`${response.url()} (${type})`);
      })(),
    );
  };
  page.on('response', onResponse);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await Promise.all(pending);
  } finally {
    page.off('response', onResponse);
  }
  return weight;
}

/** A screenshot of the page (or of one element) under test/artifacts/screenshots; tests write nowhere else. */
export async function screenshot(page: Page, name: string, options: { selector?: string; fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  if (options.selector) await page.locator(options.selector).first().screenshot({ path });
  else await page.screenshot({ path, fullPage: options.fullPage ?? false });
}

/*
 * Assertions on what a page shows, retried for a while as the page may still be changing
 * (the slider fetches a text; a details element opens): playwright-core has no `expect` of
 * its own, so these wrap Jest's.
 */
const SETTLE_MS = 10_000;

async function retried(check: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The text of every element the locator finds, joined. */
async function textOf(locator: Locator): Promise<string> {
  return (await locator.allInnerTexts()).join('\n');
}

export const shows = (locator: Locator, text: string) => retried(async () => expect(await textOf(locator)).toContain(text));
export const lacks = (locator: Locator, text: string) => retried(async () => expect(await textOf(locator)).not.toContain(text));
export const reads = (locator: Locator, text: string) => retried(async () => expect((await locator.innerText()).trim()).toBe(text));
export const counts = (locator: Locator, count: number) => retried(async () => expect(await locator.count()).toBe(count));
export const holds = (locator: Locator, value: string) => retried(async () => expect(await locator.inputValue()).toBe(value));
export const carries = (locator: Locator, attribute: string, value: string) =>
  retried(async () => expect(await locator.getAttribute(attribute)).toBe(value));
export const visible = (locator: Locator) => retried(async () => expect(await locator.first().isVisible()).toBe(true));
