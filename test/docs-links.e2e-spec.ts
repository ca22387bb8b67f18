import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/*
 * The README is the front door and docs/ the reference: every link between them, and to the
 * files they name, must lead somewhere, down to the heading an anchor names.
 */

const REPO_ROOT = join(__dirname, '..');

function markdownFiles(): string[] {
  const docs = join(REPO_ROOT, 'docs');
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(folder, entry.name)) : entry.name.endsWith('.md') ? [join(folder, entry.name)] : [],
    );
  return [join(REPO_ROOT, 'README.md'), ...walk(docs)];
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slugOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = !fenced && /^#{1,6} (.+)$/.exec(line);
    if (heading) anchors.add(slugOf(heading[1]));
  }
  return anchors;
}

/** Every link of a Markdown file outside code: `[text](target)` and `![alt](target)`. */
function linksOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]);
}

const broken: string[] = [];
const files = markdownFiles();
for (const file of files) {
  for (const link of linksOf(file)) {
    if (/^(https?|mailto):/.test(link)) continue;
    const [path, anchor] = link.split('#');
    const target = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
    const where = `${relative(REPO_ROOT, file)}: (${link})`;
    if (!existsSync(target)) broken.push(`${where} names no file`);
    else if (anchor && target.endsWith('.md') && !anchorsOf(target).has(anchor))
      broken.push(`${where} names no heading of ${relative(REPO_ROOT, target)}`);
  }
}

describe('the README and docs/', () => {
  it('link only to files and headings that exist', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(broken).toEqual([]);
  });

  it('keep the README a short front door that names every page of docs/', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme.split('\n').length).toBeLessThan(150);
    const linked = new Set(linksOf(join(REPO_ROOT, 'README.md')).map((link) => link.split('#')[0]));
    const pages = files.filter((file) => dirname(file) === join(REPO_ROOT, 'docs')).map((file) => relative(REPO_ROOT, file));
    expect(pages.filter((page) => !linked.has(page))).toEqual([]);
  });
});
