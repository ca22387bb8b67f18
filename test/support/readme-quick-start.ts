/**
 * The README's quick start as the commands a newcomer copies from it, read from the README
 * itself so that what it says and what the quick-start test runs cannot drift apart.
 */
export interface QuickStart {
  /** The first command of the first block: install and start the embedded default. */
  readonly installAndStart: string;
  /** The second command of that block: the whole test suite. */
  readonly testCommand: string;
  /** The block that tries the API against the running server. */
  readonly apiExample: string;
  /** The first address of the pages the quick start names. */
  readonly pagesUrl: string;
}

const SECTION = '## Quick start';

export function quickStartOf(readme: string): QuickStart {
  const start = readme.indexOf(SECTION);
  if (start < 0) throw new Error(`the README has no "${SECTION}" section`);
  const next = readme.indexOf('\n## ', start + SECTION.length);
  const section = readme.slice(start, next < 0 ? undefined : next);
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]);
  if (blocks.length < 2) throw new Error(`the quick start has ${blocks.length} sh blocks; it shows two (start and test, then the API)`);
  const commands = blocks[0]
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);
  if (commands.length !== 2) throw new Error(`the quick start's first block has ${commands.length} commands; it has two: start, then test`);
  const pagesUrl = /<(http:\/\/localhost:\d+\/web[^>]*)>/.exec(section)?.[1];
  if (!pagesUrl) throw new Error('the quick start names no address of the pages (<http://localhost:PORT/web>)');
  return { installAndStart: commands[0], testCommand: commands[1], apiExample: blocks[1], pagesUrl };
}
