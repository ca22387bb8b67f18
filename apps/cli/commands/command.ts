import type { Progress, ProgressOptions } from '../progress';

/** Shows the progress of long work on stderr (progress/progress-meter.ts); absent, nothing is shown. */
export type ShowProgress = (options: ProgressOptions) => Progress;

/** What a command of the command line receives and gives back; commands write only through it. */
export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
  /** A file's bytes (a Word document). */
  readonly readBytes: (path: string) => Uint8Array;
  readonly fileExists: (path: string) => boolean;
  readonly writeFile: (path: string, data: Uint8Array) => void;
  readonly progress?: ShowProgress;
  /** The environment, for the language of what a command says to its reader (LC_ALL, LC_MESSAGES, LANG). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface Command {
  readonly name: string;
  /** One line shown by `cli help`. */
  readonly summary: string;
  readonly usage: string;
  /** Runs the command with the arguments after its name; resolves to the process exit code. */
  run(args: readonly string[], io: CommandIo): number | Promise<number>;
}

/** Exit code for a mistake in the command line itself (unknown option, missing file). */
export const USAGE_ERROR = 2;
