/**
 * Progress of long work on the command line (audit verify, export and restore, verify-bundle,
 * import and export): on a terminal, one line redrawn in place with a bar, the rate and the
 * time left; elsewhere (a log, a pipe, CI) a plain line now and then, so logs stay readable.
 * Work that ends before the first line is due prints nothing.
 */
export interface ProgressOutput {
  write(text: string): void;
  /** A terminal gets the bar redrawn in place; anything else gets occasional lines. */
  readonly isTTY?: boolean;
  /** The terminal's width, to keep the bar on one line. */
  readonly columns?: number;
}

export interface ProgressOptions {
  /** What is being done: "audit verify: store". */
  readonly label: string;
  /** What is counted, plural: "events", "lines"; with "bytes" the amounts read as MB. */
  readonly unit: string;
  readonly total?: number;
  /** Milliseconds from some fixed moment; performance.now unless given (tests give a fake clock). */
  readonly now?: () => number;
  /** Between two redraws of the bar on a terminal. */
  readonly redrawMs?: number;
  /** Between two plain lines elsewhere (30 s: a log gets a line for long work only). */
  readonly lineEveryMs?: number;
}

export interface Progress {
  /** How much is done (and the total, when it becomes known or changes). */
  update(done: number, total?: number): void;
  /** A line of its own (a note, a phase's result), printed above the bar. */
  note(line: string): void;
  /** The work ended: the bar gives way to a summary line (if anything was shown at all). */
  finish(): void;
}

/** A Progress that shows nothing: for commands run without a place to show it (tests, library use). */
export const SILENT_PROGRESS: Progress = { update: () => undefined, note: () => undefined, finish: () => undefined };

/** Rate so far and the time left at that rate; secondsLeft is undefined while it cannot be told. */
export function estimateProgress(done: number, total: number | undefined, elapsedMs: number): { perSecond: number; secondsLeft?: number } {
  const perSecond = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  if (total === undefined || perSecond <= 0 || done > total) return { perSecond };
  return { perSecond, secondsLeft: (total - done) / perSecond };
}

/** 0:07, 4:05, 1:02:03. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const [hours, minutes, secs] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const mmss = `${hours > 0 ? String(minutes).padStart(2, '0') : minutes}:${String(secs).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const megabytes = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function amountFormatter(unit: string): { format(amount: number): string; unit: string } {
  return unit === 'bytes'
    ? { format: (amount) => megabytes.format(amount / 1_000_000), unit: 'MB' }
    : { format: (amount) => whole.format(amount), unit };
}
const BAR_CELLS = 24;
const CLEAR_LINE = '\r\x1b[2K';

/** Starts showing the progress of one piece of work on the output. */
export function startProgress(output: ProgressOutput, options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const terminal = output.isTTY === true;
  const intervalMs = terminal ? (options.redrawMs ?? 100) : (options.lineEveryMs ?? 30_000);
  const count = amountFormatter(options.unit);
  const unit = count.unit;
  const started = now();
  let total = options.total;
  let done = 0;
  let shownAt: number | undefined;
  let barOnScreen = false;

  const figures = (): string => {
    const { perSecond, secondsLeft } = estimateProgress(done, total, now() - started);
    const of = total === undefined ? count.format(done) : `${count.format(done)}/${count.format(total)}`;
    const left = secondsLeft === undefined ? '' : `  ${formatDuration(secondsLeft)} left`;
    return `${of} ${unit}  ${count.format(perSecond)} ${unit}/s${left}`;
  };
  const bar = (): string => {
    if (total === undefined || total <= 0) return '';
    const ratio = Math.min(1, done / total);
    const filled = Math.round(ratio * BAR_CELLS);
    return ` [${'█'.repeat(filled)}${'░'.repeat(BAR_CELLS - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}%`;
  };
  const show = (): void => {
    shownAt = now();
    if (terminal) {
      const line = `${options.label}${bar()}  ${figures()}`;
      output.write(`${CLEAR_LINE}${output.columns ? line.slice(0, output.columns - 1) : line}`);
      barOnScreen = true;
    } else {
      const percent = total === undefined || total <= 0 ? '' : ` (${Math.floor(Math.min(1, done / total) * 100)}%)`;
      output.write(`${options.label}: ${figures().replace(/ {2}/gu, ', ')}${percent}\n`);
    }
  };

  return {
    update(value, newTotal) {
      done = value;
      if (newTotal !== undefined) total = newTotal;
      if (now() - (shownAt ?? started) >= intervalMs) show();
    },
    note(line) {
      if (barOnScreen) output.write(CLEAR_LINE);
      output.write(`${line}\n`);
      if (barOnScreen) show();
    },
    finish() {
      if (shownAt === undefined) return;
      const elapsedMs = now() - started;
      const { perSecond } = estimateProgress(done, total, elapsedMs);
      const summary = `${options.label}: ${count.format(done)} ${unit} in ${formatDuration(elapsedMs / 1000)} (${count.format(perSecond)} ${unit}/s)`;
      output.write(`${terminal ? CLEAR_LINE : ''}${summary}\n`);
      barOnScreen = false;
    },
  };
}

/** Progress on this process's stderr: a bar when it is a terminal, plain lines otherwise. */
export function stderrProgress(options: ProgressOptions): Progress {
  const stderr = process.stderr;
  return startProgress({ write: (text) => stderr.write(text), isTTY: stderr.isTTY, columns: stderr.columns }, options);
}
