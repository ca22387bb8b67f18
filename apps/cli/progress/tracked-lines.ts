import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Progress } from './progress-meter';

/**
 * A file's lines as they are read (a bundle of millions of events is never held whole),
 * telling the progress how many of its bytes are read; finishes the progress at the end.
 */
export async function* trackedFileLines(path: string, progress: Progress): AsyncIterable<string> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const reader = createInterface({ input, crlfDelay: Infinity });
  progress.update(0, statSync(path).size);
  try {
    for await (const line of reader) {
      yield line;
      progress.update(input.bytesRead);
    }
  } finally {
    progress.finish();
  }
}
