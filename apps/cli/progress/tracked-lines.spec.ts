import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Progress } from './progress-meter';
import { trackedFileLines } from './tracked-lines';

describe('trackedFileLines', () => {
  const directory = mkdtempSync(join(tmpdir(), 'tracked-lines-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('yields the lines and tells how many of the file’s bytes are read, then finishes', async () => {
    const path = join(directory, 'bundle.jsonl');
    const content = `${Array.from({ length: 2_000 }, (_, i) => JSON.stringify({ position: i + 1, type: 'ConsultationOpened' })).join('\n')}\n`;
    writeFileSync(path, content);
    const updates: [number, number | undefined][] = [];
    let finished = 0;
    const progress: Progress = {
      update: (done, total) => updates.push([done, total]),
      note: () => undefined,
      finish: () => (finished += 1),
    };

    const lines: string[] = [];
    for await (const line of trackedFileLines(path, progress)) lines.push(line);

    expect(lines).toHaveLength(2_000);
    expect(updates[0]).toEqual([0, Buffer.byteLength(content)]);
    expect(updates.at(-1)).toEqual([Buffer.byteLength(content), undefined]);
    expect(finished).toBe(1);
  });
});
