import { Locator, Page } from 'playwright-core';
import { CATALOGUES } from '#libs/web';
import { recordTyped, recordTypedForm } from './typed-content';
import { PAGE_BUDGET_BYTES, accessibilityViolations, loadAndWeigh } from './web-browser';
import { expectArabicOnly, typedInMultipartForms } from './web-text-check';

/** The two languages of the interface. */
export type Lang = 'ar' | 'en';

/** The interface's words in a language. */
export const words = (lang: Lang) => CATALOGUES[lang];

/** How a browser test moves through the pages, checking each one it reaches. */
export interface WebVisitor {
  /**
   * Opens a page (in a language, if given) and checks that it fetched only its HTML, the style
   * sheet and maybe the script, each within its budget, in at most four requests, and that
   * axe-core finds nothing and, on an Arabic page, that no English word or internal id shows.
   */
  visit(path: string, lang?: Lang): Promise<void>;
  /**
   * Checks that axe-core finds nothing on the page as it stands, and on an Arabic page that it
   * shows no Latin word but what people typed or imported (and the few of `web-text-check.ts`)
   * and no internal id.
   */
  expectAccessible(): Promise<void>;
  /** Checks that the page is in a language and runs in its direction (right to left for Arabic). */
  expectInterface(lang: Lang): Promise<void>;
  /** Clicks what submits a form or follows a link, and waits for the next page. */
  press(target: Locator): Promise<void>;
  /** Signs in as a development identity, by the button with its name, and checks that it lands on /web. */
  signInAs(name: string, lang: Lang): Promise<void>;
  /** Signs out, by the button in the navigation, and checks that it lands on the sign-in page. */
  signOut(lang: Lang): Promise<void>;
}

/**
 * The page helpers of the browser tests, on the page and at the base URL the getters give: both
 * are read at each call, as a test assigns them only once its service and browser have started.
 */
export function webVisitor(pageOf: () => Page, baseOf: () => string): WebVisitor {
  const listened = new WeakSet<Page>();
  /**
   * What the browser posts from a form is what its person typed: the text check lets it show.
   * The browser does not show a multipart body (it carries a file): `press` reads those forms' fields instead.
   */
  function listen(page: Page): Page {
    if (!listened.has(page)) {
      listened.add(page);
      page.on('request', (request) => {
        const type = request.headers()['content-type'] ?? '';
        if (request.method() === 'POST' && /^(?:application\/x-www-form-urlencoded|multipart\/form-data)/u.test(type))
          recordTypedForm(type, request.postDataBuffer()?.toString('utf8') ?? '');
        // What a person searches for is typed, however it is written.
        const query = request.method() === 'GET' ? new URL(request.url()).searchParams.get('q') : null;
        if (query !== null) recordTyped(query, true);
      });
    }
    return page;
  }

  async function visit(path: string, lang?: Lang): Promise<void> {
    listen(pageOf());
    const url = new URL(path, baseOf());
    if (lang) url.searchParams.set('lang', lang);
    const weight = await loadAndWeigh(pageOf(), url.toString());
    expect(weight.other).toEqual([]);
    expect(weight.html).toBeLessThan(PAGE_BUDGET_BYTES.html);
    expect(weight.css).toBeLessThan(PAGE_BUDGET_BYTES.css);
    expect(weight.js).toBeLessThan(PAGE_BUDGET_BYTES.js);
    expect(weight.requests).toBeLessThanOrEqual(4);
    await expectAccessible();
  }

  async function expectAccessible(): Promise<void> {
    const page = listen(pageOf());
    const violations = await accessibilityViolations(page);
    if (violations.length > 0) throw new Error(`axe-core on ${page.url()}:\n${JSON.stringify(violations, null, 2)}`);
    if ((await page.getAttribute('html', 'lang')) === 'ar') await expectArabicOnly(page);
  }

  async function expectInterface(lang: Lang): Promise<void> {
    const page = pageOf();
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
  }

  async function press(target: Locator): Promise<void> {
    const { files, fields } = await typedInMultipartForms(listen(pageOf()));
    recordTyped(files, true);
    recordTyped(fields);
    await Promise.all([pageOf().waitForNavigation({ waitUntil: 'load' }), target.click()]);
  }

  async function signInAs(name: string, lang: Lang): Promise<void> {
    await visit('/web/sign-in', lang);
    // A stakeholder by its name; a chair, the secretariat, a translator or an auditor by its account, which the button carries but does not show.
    const byAccount = pageOf().locator(`button[name="identity"][value$=":${name}"]`);
    await press((await byAccount.count()) > 0 ? byAccount : pageOf().getByRole('button', { name, exact: true }));
    expect(new URL(pageOf().url()).pathname).toBe('/web');
  }

  async function signOut(lang: Lang): Promise<void> {
    await press(pageOf().getByRole('button', { name: words(lang)['nav.signOut'] }));
    expect(new URL(pageOf().url()).pathname).toBe('/web/sign-in');
  }

  return { visit, expectAccessible, expectInterface, press, signInAs, signOut };
}
