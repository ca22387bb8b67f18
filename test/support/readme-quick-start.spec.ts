import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quickStartOf } from './readme-quick-start';

describe("the README's quick start", () => {
  it('is two commands, start then test, an API example and the pages, as the README writes them', () => {
    const quickStart = quickStartOf(readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8'));
    expect(quickStart.installAndStart).toBe('npm ci && npm start');
    expect(quickStart.testCommand).toBe('npm test');
    expect(quickStart.apiExample).toContain('npm run -s cli -- token');
    expect(quickStart.pagesUrl).toBe('http://localhost:3000/web');
  });

  it('says what is missing when the README changes shape', () => {
    expect(() => quickStartOf('# A project\n')).toThrow('the README has no "## Quick start" section');
    expect(() => quickStartOf('## Quick start\n```sh\nnpm start\n```\n')).toThrow('the quick start has 1 sh blocks');
  });
});
