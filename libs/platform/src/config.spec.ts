import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, SERVICE_NAMES, loadConfig } from './config';

const JWT_SECRET = 'a-shared-secret-of-at-least-32-bytes!';
// Given, so that loading the embedded configuration does not make a development key in the working folder.
const AUDIT_SIGNING_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('configuration', () => {
  it('defaults to the embedded mode on a bare machine', () => {
    const config = loadConfig({ JWT_SECRET, AUDIT_SIGNING_KEY }, SERVICE_NAMES);
    expect(config.mode).toBe('embedded');
    expect(config.database).toEqual({ kind: 'embedded', dataDir: '.data/postgres', port: 54329 });
    expect(config.gatewayPort).toBe(3000);
    expect(config.kafka).toBeUndefined();
    expect(config.audit).toMatchObject({ checkpointEveryEvents: 1000, checkpointIntervalMs: 60_000 });
  });

  it('reads the full mode from the environment', () => {
    const config = loadConfig(
      {
        RUN_MODE: 'full',
        DATABASE_URL: 'postgres://ledger@db:5432/ledger',
        KAFKA_BROKERS: 'kafka:9092, k2:9093',
        PORT: '8080',
        JWT_SECRET,
        INTERNAL_API_TOKEN: 'x'.repeat(32),
      },
      ['gateway'],
    );
    expect(config.kafka?.brokers).toEqual(['kafka:9092', 'k2:9093']);
    expect(config.gatewayPort).toBe(8080);
  });

  it('names every missing or wrong setting of the full mode at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ RUN_MODE: 'full', KAFKA_BROKERS: 'not a broker', PORT: 'eighty' }, ['projector']);
    } catch (caught) {
      error = caught as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems).toEqual([
      expect.stringContaining('DATABASE_URL is required'),
      expect.stringContaining('"not a broker" is not host:port'),
      expect.stringContaining('PORT must be a whole number'),
    ]);
  });

  it('refuses to run one service alone in the embedded mode', () => {
    expect(() => loadConfig({ JWT_SECRET }, ['gateway'])).toThrow(/RUN_MODE=full/);
  });
});
