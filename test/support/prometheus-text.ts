/** One sample of a Prometheus text exposition: `name{label="value",...} value`. */
export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

/** A scrape of /metrics, parsed: the samples and the declared type of each metric family. */
export class Scrape {
  readonly samples: Sample[] = [];
  readonly types = new Map<string, string>();
  /** How many times each family was declared; more than once would be a metric registered twice. */
  readonly declarations = new Map<string, number>();

  constructor(readonly text: string) {
    for (const line of text.split('\n')) {
      const type = /^# TYPE (\S+) (\S+)$/.exec(line);
      if (type) {
        this.types.set(type[1], type[2]);
        this.declarations.set(type[1], (this.declarations.get(type[1]) ?? 0) + 1);
        continue;
      }
      if (line === '' || line.startsWith('#')) continue;
      const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!sample) throw new Error(`not a sample line: ${line}`);
      const labels: Record<string, string> = {};
      for (const [, name, value] of (sample[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
        labels[name] = value.replace(/\\(.)/g, '$1');
      this.samples.push({ name: sample[1], labels, value: Number(sample[3]) });
    }
  }

  /** The samples of a name whose labels include these. */
  find(name: string, labels: Record<string, string> = {}): Sample[] {
    return this.samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  }

  /** The value of the one sample of a name with these labels; throws when there is none or several. */
  value(name: string, labels: Record<string, string> = {}): number {
    const found = this.find(name, labels);
    if (found.length !== 1)
      throw new Error(
        `${found.length} samples of ${name} ${JSON.stringify(labels)}:\n${this.text
          .split('\n')
          .filter((l) => l.startsWith(name))
          .join('\n')}`,
      );
    return found[0].value;
  }
}
