import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AMENDMENT_OPERATION_KINDS, parseAmendmentOperation } from './amendment-operation';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** The example `operation` of each row of a markdown table whose first cell names a `kind`. */
function documentedExamples(file: string): Map<string, unknown> {
  const examples = new Map<string, unknown>();
  for (const line of readFileSync(join(ROOT, file), 'utf8').split('\n')) {
    const kind = /^\| `(\w+)`/.exec(line)?.[1];
    const example = /`(\{"kind":.*?\})`/.exec(line)?.[1];
    if (kind && example && !examples.has(kind)) examples.set(kind, JSON.parse(example));
  }
  return examples;
}

describe('the README, a front door to the amendment operations', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Amendments'), readme.indexOf('\n## ', readme.indexOf('## Amendments') + 1));

  it('names every operation a stakeholder may propose and links to the table of examples', () => {
    const proposable = AMENDMENT_OPERATION_KINDS.filter((kind) => kind !== 'settleBrackets');
    expect(proposable.filter((kind) => !section.includes(`\`${kind}\``))).toEqual([]);
    expect(section).toContain('](docs/api.md#amendment-operations)');
  });

  it('gives an example the API reads as it is written', () => {
    const example = JSON.parse(/`(\{"kind":.*?\})`/.exec(section)![1]) as { kind: string };
    const read = parseAmendmentOperation(example, 'operation', () => 'new-id');
    expect(read.errors).toEqual([]);
    expect(read.operation).toMatchObject({ kind: example.kind });
  });
});

describe.each(['docs/api.md'])('the amendment table of %s', (file) => {
  const examples = documentedExamples(file);

  it('documents every operation a stakeholder may propose, with an example', () => {
    const proposable = AMENDMENT_OPERATION_KINDS.filter((kind) => kind !== 'settleBrackets');
    expect([...examples.keys()].sort()).toEqual([...proposable].sort());
  });

  it.each([...examples.keys()])('gives a `%s` example the API reads as it is written', (kind) => {
    const example = examples.get(kind) as { kind: string };
    expect(example.kind).toBe(kind);
    const read = parseAmendmentOperation(example, 'operation', () => 'new-id');
    expect(read.errors).toEqual([]);
    expect(read.operation).toMatchObject({ kind });
  });
});
