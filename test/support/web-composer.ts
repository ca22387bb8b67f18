import { Locator, Page } from 'playwright-core';
import { holds } from './web-browser';
import { Lang, WebVisitor, words } from './web-visitor';

type TextArea = { selectionStart: number; selectionEnd: number };

/** How a stakeholder drafts a contribution in the composer of the web application: choosing a provision and an action, selecting words, previewing, adding, filling the cover. */
export function webComposer(currentPage: () => Page, { press, expectAccessible }: Pick<WebVisitor, 'press' | 'expectAccessible'>) {
  /** In the composer: a provision and what to do with it, then on to the editor. */
  async function choose(provisionId: string, action: string, lang: Lang): Promise<void> {
    await currentPage().locator(`input[name="target"][value="${provisionId}"]`).check();
    await currentPage().locator(`input[name="action"][value="${action}"]`).check();
    await press(currentPage().getByRole('button', { name: words(lang)['composer.continue'], exact: true }));
    await expectAccessible();
  }

  /**
   * Selects words in the provision's text the way a keyboard user does, with real key presses:
   * from the start of the text, the arrow that moves forward in its direction (the left one
   * right to left) to the first word, then Shift+Ctrl with it word by word; and checks that the
   * editor took them.
   */
  async function selectWords(phrase: string): Promise<void> {
    const page = currentPage();
    const source = page.locator('#source');
    const text = await source.inputValue();
    const start = text.indexOf(phrase);
    expect(start).toBeGreaterThanOrEqual(0);
    const forward = (await source.getAttribute('dir')) === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const selection = () =>
      source.evaluate(
        (element) => [(element as unknown as TextArea).selectionStart, (element as unknown as TextArea).selectionEnd] as const,
      );
    await source.focus();
    await page.keyboard.press('Control+Home');
    for (let presses = 0; (await selection())[0] < start; presses++) {
      expect(presses).toBeLessThan(text.length);
      await page.keyboard.press(forward);
    }
    expect(await selection()).toEqual([start, start]);
    for (let presses = 0; (await selection())[1] < start + phrase.length; presses++) {
      expect(presses).toBeLessThan(phrase.length);
      await page.keyboard.press(`Shift+Control+${forward}`);
    }
    expect(await selection()).toEqual([start, start + phrase.length]);
    await holds(page.locator('#words'), phrase);
  }

  async function preview(lang: Lang): Promise<Locator> {
    await press(currentPage().getByRole('button', { name: words(lang)['composer.preview'] }));
    await expectAccessible();
    return currentPage().locator('.preview').last();
  }

  async function addToContribution(lang: Lang): Promise<void> {
    await press(currentPage().getByRole('button', { name: words(lang)['composer.add'] }));
  }

  async function fillCover(cover: { symbol: string; title: string; purpose: string; agendaItem: string; date: string }): Promise<void> {
    await currentPage().locator('#symbol').fill(cover.symbol);
    await currentPage().locator('#date').fill(cover.date);
    await currentPage().locator('#agendaItem').fill(cover.agendaItem);
    await currentPage().locator('#title').fill(cover.title);
    await currentPage().locator('#purpose').fill(cover.purpose);
    await currentPage()
      .locator('#actionRequested')
      .fill('The Council is invited to consider the proposed modifications and to adopt them.');
    await currentPage().locator('#references').fill('Council Resolution 1334 (Modified 2023)\nUNGA Resolution 70/125');
  }

  return { choose, selectWords, preview, addToContribution, fillCover };
}
