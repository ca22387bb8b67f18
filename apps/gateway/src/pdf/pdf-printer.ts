import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Browser } from 'playwright-core';
import { PdfConfig } from '#libs/platform';
import { ProblemException, problem } from '#libs/runtime';

/** What a print is made of: a whole HTML page (styles inline) and the language it is in. */
export interface PrintablePage {
  readonly html: string;
  readonly language: string;
}

/**
 * Prints HTML pages to PDF in a headless Chromium, launched on the first request and kept
 * for the next. Each page is printed in a context of its own with JavaScript off and every
 * request refused: the page is self-contained and may hold text from anyone.
 */
@Injectable()
export class PdfPrinter implements OnModuleDestroy {
  private browser?: Promise<Browser>;

  constructor(private readonly config: PdfConfig) {}

  /** Refuses at once, before any work is done, when this server cannot print. */
  assertAvailable(): void {
    if (!this.config?.chromiumPath) throw unavailable(this.config);
  }

  async print(page: PrintablePage): Promise<Buffer> {
    const browser = await this.launched();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, locale: page.language });
    try {
      const tab = await context.newPage();
      await tab.route('**/*', (route) => route.abort());
      await tab.setContent(page.html, { waitUntil: 'load', timeout: this.config.timeoutMs });
      return await tab.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
        timeout: this.config.timeoutMs,
      } as Parameters<typeof tab.pdf>[0]);
    } finally {
      await context.close();
    }
  }

  async onModuleDestroy(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await (await browser.catch(() => undefined))?.close();
  }

  private launched(): Promise<Browser> {
    this.assertAvailable();
    const path = this.config.chromiumPath as string;
    if (!this.browser) {
      const launching = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath: path, headless: true }));
      this.browser = launching;
      launching.then(
        (browser) => browser.on('disconnected', () => this.browser === launching && (this.browser = undefined)),
        () => this.browser === launching && (this.browser = undefined),
      );
    }
    return this.browser.catch((error: Error) => {
      throw new ProblemException(
        problem(
          503,
          'pdf-unavailable',
          'PDF is not available',
          `Chromium at ${path} could not be started: ${error.message.split('\n')[0]}`,
        ),
      );
    });
  }
}

function unavailable(config: PdfConfig | undefined): ProblemException {
  const why =
    config?.source === 'off'
      ? 'PDF is switched off on this server (CHROMIUM_PATH=off).'
      : "PDF is printed by a headless Chromium and none is installed here: install Debian's chromium package or set CHROMIUM_PATH to a Chromium or Chrome executable.";
  return new ProblemException(problem(503, 'pdf-unavailable', 'PDF is not available', why));
}
