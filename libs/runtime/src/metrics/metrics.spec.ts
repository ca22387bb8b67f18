import { Metrics, commandOutcomeLabel, sharedReading, statusClass } from './metrics';

describe('metrics', () => {
  it('labels a command by how it ended, a lost race apart from a refusal', () => {
    expect(commandOutcomeLabel({ ok: true, streamId: 's', streamVersion: 1, position: 1 })).toBe('accepted');
    expect(commandOutcomeLabel({ ok: true, streamId: 's', streamVersion: 1, position: 1, replayed: true })).toBe('replayed');
    expect(commandOutcomeLabel({ ok: false, refusal: { code: 'wrong-phase', message: '' } })).toBe('refused');
    expect(commandOutcomeLabel({ ok: false, refusal: { code: 'conflict', message: '' } })).toBe('conflict');
    expect(commandOutcomeLabel({ ok: false, refusal: { code: 'precondition-failed', message: '' } })).toBe('conflict');
  });

  it('labels an HTTP status by its class', () => {
    expect([200, 201, 304, 404, 429, 503, 99].map(statusClass)).toEqual(['2xx', '2xx', '3xx', '4xx', '4xx', '5xx', 'other']);
  });

  it('counts commands by kind and outcome, and refusals by reason, on a registry of its own', async () => {
    const metrics = new Metrics();
    metrics.recordCommand('ProposeAmendment', { ok: true, streamId: 's', streamVersion: 1, position: 1 });
    metrics.recordCommand('ChangePhase', { ok: false, refusal: { code: 'invalid', message: 'no' } });
    metrics.recordCommandError('ChangePhase');
    metrics.recordAccessRefusal('forbidden');
    const text = await metrics.registry.metrics();
    expect(text).toContain('ledger_commands_total{kind="ProposeAmendment",outcome="accepted"} 1');
    expect(text).toContain('ledger_commands_total{kind="ChangePhase",outcome="refused"} 1');
    expect(text).toContain('ledger_commands_total{kind="ChangePhase",outcome="error"} 1');
    expect(text).toContain('ledger_refusals_total{source="command",reason="invalid"} 1');
    expect(text).toContain('ledger_refusals_total{source="access",reason="forbidden"} 1');
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    // A second set in the same process is independent: nothing is registered twice.
    expect(await new Metrics().registry.metrics()).not.toContain('ProposeAmendment');
  });

  it('reads once for every gauge of one scrape, and afresh on the next', async () => {
    let reads = 0;
    const read = sharedReading(async () => ++reads);
    expect(await Promise.all([read(), read(), read()])).toEqual([1, 1, 1]);
    expect(await read()).toBe(2);
  });
});
