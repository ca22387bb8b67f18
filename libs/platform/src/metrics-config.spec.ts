import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMetricsConfig, metricsExposure } from './metrics-config';

const TOKEN = '0123456789abcdef0123456789abcdef';

describe('metrics configuration', () => {
  const load = (env: Record<string, string>) => {
    const problems: string[] = [];
    return { config: loadMetricsConfig(env, problems), problems };
  };

  it('serves metrics without a token by default', () => {
    expect(load({})).toEqual({ config: { enabled: true }, problems: [] });
  });

  it('reads METRICS=off and a token from the environment or a file', () => {
    expect(load({ METRICS: 'off', METRICS_TOKEN: TOKEN })).toEqual({ config: { enabled: false, token: TOKEN }, problems: [] });
    const dir = mkdtempSync(join(tmpdir(), 'metrics-token-'));
    try {
      writeFileSync(join(dir, 'token'), `${TOKEN}\n`);
      expect(load({ METRICS_TOKEN_FILE: join(dir, 'token') }).config).toEqual({ enabled: true, token: TOKEN });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names every wrong setting', () => {
    expect(load({ METRICS: 'yes', METRICS_TOKEN: 'short' }).problems).toEqual([
      'METRICS must be on or off (got "yes")',
      expect.stringContaining('METRICS_TOKEN must be at least 32 characters'),
    ]);
    expect(load({ METRICS_TOKEN: `${TOKEN} with spaces` }).problems).toEqual([expect.stringContaining('METRICS_TOKEN must be')]);
    expect(load({ METRICS_TOKEN: TOKEN, METRICS_TOKEN_FILE: '/x' }).problems).toEqual([
      'METRICS_TOKEN and METRICS_TOKEN_FILE are both set: set one',
    ]);
    expect(load({ METRICS_TOKEN_FILE: '/nonexistent/metrics-token' }).problems).toEqual([
      expect.stringContaining('METRICS_TOKEN_FILE cannot be read (ENOENT)'),
    ]);
  });

  describe('who may read /metrics', () => {
    it('serves the internal services openly, and a token holder only when one is set', () => {
      expect(metricsExposure({ enabled: true }, ['ledger'], undefined)).toEqual({ serve: true });
      expect(metricsExposure({ enabled: true }, ['projector'], undefined)).toEqual({ serve: true });
      expect(metricsExposure({ enabled: true, token: TOKEN }, ['ledger'], undefined)).toEqual({ serve: true, token: TOKEN });
    });

    it("does not serve them on the gateway's public port with production identity unless a token is set", () => {
      expect(metricsExposure({ enabled: true }, ['gateway'], 'production')).toEqual({
        serve: false,
        reason: expect.stringContaining('METRICS_TOKEN is not set'),
      });
      expect(metricsExposure({ enabled: true }, ['gateway', 'ledger', 'projector'], 'production')).toMatchObject({ serve: false });
      expect(metricsExposure({ enabled: true, token: TOKEN }, ['gateway'], 'production')).toEqual({ serve: true, token: TOKEN });
    });

    it('serves the embedded default openly with development identity', () => {
      expect(metricsExposure({ enabled: true }, ['gateway', 'ledger', 'projector'], 'development')).toEqual({ serve: true });
    });

    it('serves nothing with METRICS=off, token or not', () => {
      expect(metricsExposure({ enabled: false, token: TOKEN }, ['ledger'], undefined)).toEqual({ serve: false, reason: 'METRICS=off' });
    });
  });
});
