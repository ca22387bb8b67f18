import { ProgressOutput, estimateProgress, formatDuration, startProgress } from './progress-meter';

/** A stream that keeps what is written, and a clock moved by hand. */
function fakes(isTTY: boolean) {
  const written: string[] = [];
  const output: ProgressOutput = { write: (text) => written.push(text), isTTY, columns: isTTY ? 120 : undefined };
  let nowMs = 1_000;
  return { written, output, now: () => nowMs, advance: (ms: number) => (nowMs += ms) };
}

describe('progress on a terminal', () => {
  it('redraws one line in place with a bar, the rate and the time left', () => {
    const { written, output, now, advance } = fakes(true);
    const progress = startProgress(output, { label: 'audit verify: store', unit: 'events', total: 10_000, now });

    advance(50);
    progress.update(100);
    expect(written).toEqual([]); // not yet time for a redraw

    advance(1_950);
    progress.update(2_500);
    expect(written).toHaveLength(1);
    expect(written[0]).toBe(
      `\r\x1b[2Kaudit verify: store [${'█'.repeat(6)}${'░'.repeat(18)}]  25%  2,500/10,000 events  1,250 events/s  0:06 left`,
    );

    advance(2_000);
    progress.update(5_000);
    expect(written[1]).toContain('[████████████░░░░░░░░░░░░]  50%  5,000/10,000 events  1,250 events/s  0:04 left');
  });

  it('prints a note above the bar and keeps the bar, then gives way to a summary', () => {
    const { written, output, now, advance } = fakes(true);
    const progress = startProgress(output, { label: 'restore: writing', unit: 'events', total: 4, now });
    advance(1_000);
    progress.update(2);
    progress.note('restore: 2 checkpoints written');
    advance(1_000);
    progress.update(4);
    progress.finish();

    expect(written[1]).toBe('\r\x1b[2K');
    expect(written[2]).toBe('restore: 2 checkpoints written\n');
    expect(written[3]).toMatch(/^\r\x1b\[2Krestore: writing \[/u);
    expect(written.at(-1)).toBe('\r\x1b[2Krestore: writing: 4 events in 0:02 (2 events/s)\n');
  });

  it('keeps the line within the width of the terminal', () => {
    const { written, output, now, advance } = fakes(true);
    const narrow = { ...output, columns: 40 };
    const progress = startProgress(narrow, { label: 'verify-bundle', unit: 'bytes', total: 50_000_000, now });
    advance(1_000);
    progress.update(10_000_000);
    expect(written[0].replace('\r\x1b[2K', '').length).toBeLessThanOrEqual(39);
  });
});

describe('progress elsewhere (a log or a pipe)', () => {
  it('writes a plain line now and then, never a control character', () => {
    const { written, output, now, advance } = fakes(false);
    const progress = startProgress(output, { label: 'verify-bundle', unit: 'bytes', total: 40_000_000, now, lineEveryMs: 10_000 });
    for (let second = 1; second <= 25; second += 1) {
      advance(1_000);
      progress.update(second * 1_000_000);
    }
    progress.finish();

    expect(written).toEqual([
      'verify-bundle: 10.0/40.0 MB, 1.0 MB/s, 0:30 left (25%)\n',
      'verify-bundle: 20.0/40.0 MB, 1.0 MB/s, 0:20 left (50%)\n',
      'verify-bundle: 25.0 MB in 0:25 (1.0 MB/s)\n',
    ]);
  });

  it('says nothing about work that ends before the first line is due', () => {
    const { written, output, now, advance } = fakes(false);
    const progress = startProgress(output, { label: 'import', unit: 'events', now });
    advance(300);
    progress.update(10);
    progress.finish();
    expect(written).toEqual([]);
  });

  it('counts without a bar or a time left while the total is unknown', () => {
    const { written, output, now, advance } = fakes(false);
    const progress = startProgress(output, { label: 'audit verify: kafka', unit: 'events', now, lineEveryMs: 1_000 });
    advance(2_000);
    progress.update(3_000);
    expect(written).toEqual(['audit verify: kafka: 3,000 events, 1,500 events/s\n']);
  });
});

describe('estimates', () => {
  it('tells the rate and the time left at that rate', () => {
    expect(estimateProgress(300, 1_200, 3_000)).toEqual({ perSecond: 100, secondsLeft: 9 });
    expect(estimateProgress(0, 1_200, 3_000)).toEqual({ perSecond: 0 });
    expect(estimateProgress(10, undefined, 0)).toEqual({ perSecond: 0 });
  });

  it('writes durations as a clock does', () => {
    expect([formatDuration(7), formatDuration(245), formatDuration(3_723), formatDuration(-1)]).toEqual([
      '0:07',
      '4:05',
      '1:02:03',
      '0:00',
    ]);
  });
});
