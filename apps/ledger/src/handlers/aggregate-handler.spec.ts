import { randomUUID } from 'node:crypto';
import { CommandMetadata, NewEvent, RecordedEvent, stakeholderRegistered } from '#libs/contracts';
import { Decider, accept, refusalOf, refuse } from '#libs/domain';
import { PostgresEventStore } from '#libs/eventstore';
import { AggregateHandler, Refused, decideOnStream } from './aggregate-handler';

type Tally = { readonly words: readonly string[] };
type Say = { readonly kind: 'Say'; readonly streamId: string; readonly word: string };
// The store upcasts what it reads, so each word travels as an event the catalogue knows: a stakeholder named by it.
const said = (word: string): NewEvent =>
  stakeholderRegistered({ stakeholderId: word, name: word, category: 'member-state', region: 'africa', memberIds: [] });

/** A decider that records a word once, and refuses the word its context forbids. */
const tallyDecider: Decider<Say, Tally, { readonly forbidden: string }> = {
  decide: (command, state, { forbidden }) => {
    if (command.word === forbidden) return refuse('not-allowed', 'stakeholder.notRegistered', { stakeholder: forbidden });
    return state.words.includes(command.word)
      ? refuse('already-exists', 'stakeholder.alreadyRegistered', { stakeholder: command.word })
      : accept(said(command.word));
  },
  evolve: (state, event) => (event.type === 'StakeholderRegistered' ? { words: [...state.words, event.payload.name] } : state),
  initialState: { words: [] },
};

/** An event store holding streams of words in memory, logging each stream every query reads. */
function storeOf(streams: Record<string, string[]>) {
  const queries: string[][] = [];
  const store = {
    readStreams: async (reads: { streamId: string; afterVersion: number }[]) => {
      queries.push(reads.map((read) => read.streamId));
      const byStream = new Map<string, RecordedEvent[]>();
      for (const { streamId, afterVersion } of reads) {
        const events = (streams[streamId] ?? [])
          .slice(afterVersion)
          .map((word) => ({ ...said(word), streamId }) as unknown as RecordedEvent);
        if (events.length > 0) byStream.set(streamId, events);
      }
      return byStream;
    },
  } as unknown as PostgresEventStore;
  return { store, queries };
}

const metadata = (expectedVersion?: number): CommandMetadata => ({
  actor: { id: 'egypt', role: 'stakeholder' },
  correlationId: 'c-1',
  requestedAt: '2026-11-24T09:00:00Z',
  ...(expectedVersion !== undefined ? { expectedVersion } : {}),
});

/** The forbidden word lives in a stream of its own, read with the command's stream when the handler asks for it. */
const handler = (
  rules: string,
  options: { readAlong?: boolean; echo?: string } = {},
): AggregateHandler<Say, Tally, { forbidden: string }> => ({
  decider: tallyDecider,
  streamOf: (command) => (command.streamId ? command.streamId : new Refused(refusalOf('not-found', 'ledger.noSuchTarget'))),
  ...(options.readAlong ? { readAlong: () => [{ streamId: rules, evolve: tallyDecider.evolve, initial: tallyDecider.initialState }] } : {}),
  async contextOf(_command, _stream, _metadata, reads) {
    const [loaded] = await reads.load([{ streamId: rules, evolve: tallyDecider.evolve, initial: tallyDecider.initialState }]);
    return { forbidden: (loaded.state as Tally).words[0] ?? '' };
  },
  ...(options.echo
    ? {
        consequences: () => ({
          writes: [{ streamId: options.echo!, expectedVersion: 0, events: [said('echo')] }],
          details: { echoed: true },
        }),
      }
    : {}),
});

describe('deciding a command on its stream', () => {
  it('decides on the folded stream and writes at the version read, with what the command records elsewhere', async () => {
    const [words, rules, echo] = [randomUUID(), randomUUID(), randomUUID()];
    const { store } = storeOf({ [words]: ['a', 'b'], [rules]: ['x'] });
    const attempt = await decideOnStream(store, handler(rules, { echo }), {
      command: { kind: 'Say', streamId: words, word: 'c' },
      metadata: metadata(),
    });
    expect(attempt).toEqual({
      ok: true,
      writes: [
        { streamId: words, expectedVersion: 2, events: [said('c')] },
        { streamId: echo, expectedVersion: 0, events: [said('echo')] },
      ],
      details: { echoed: true },
    });
  });

  it("hands back the decider's refusal, and the handler's when the command names no stream", async () => {
    const [words, rules] = [randomUUID(), randomUUID()];
    const { store } = storeOf({ [words]: ['a'], [rules]: ['x'] });
    expect(
      await decideOnStream(store, handler(rules), { command: { kind: 'Say', streamId: words, word: 'x' }, metadata: metadata() }),
    ).toEqual({
      ok: false,
      refusal: {
        code: 'not-allowed',
        key: 'stakeholder.notRegistered',
        params: { stakeholder: 'x' },
        message: '“x” is not a registered stakeholder',
      },
    });
    expect(
      await decideOnStream(store, handler(rules), { command: { kind: 'Say', streamId: '', word: 'c' }, metadata: metadata() }),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'not-found' },
    });
  });

  it('refuses a command whose If-Match names another version before it reads the context', async () => {
    const [words, rules] = [randomUUID(), randomUUID()];
    const { store, queries } = storeOf({ [words]: ['a', 'b'], [rules]: ['x'] });
    const attempt = await decideOnStream(store, handler(rules), {
      command: { kind: 'Say', streamId: words, word: 'c' },
      metadata: metadata(1),
    });
    expect(attempt).toMatchObject({
      ok: false,
      refusal: { code: 'precondition-failed', message: expect.stringContaining('at version 2, not 1') },
    });
    expect(queries).toEqual([[words]]);
  });

  it('reads a stream once per attempt: what it read along with the command stream is not queried again', async () => {
    const [words, rules] = [randomUUID(), randomUUID()];
    const { store, queries } = storeOf({ [words]: ['a'], [rules]: ['x'] });
    await decideOnStream(store, handler(rules, { readAlong: true }), {
      command: { kind: 'Say', streamId: words, word: 'c' },
      metadata: metadata(),
    });
    expect(queries).toEqual([[words, rules]]);
  });
});
