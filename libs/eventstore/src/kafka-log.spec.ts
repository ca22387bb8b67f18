import { logLevel } from 'kafkajs';
import { isKafkaError } from './kafka-transport';

describe("kafkajs's log, as the services report it", () => {
  it('reports errors as errors', () => {
    expect(isKafkaError('Connection', logLevel.ERROR, { error: 'The group is rebalancing' })).toBe(true);
    expect(isKafkaError('Consumer', logLevel.ERROR, { error: 'Crash' })).toBe(true);
  });

  it('does not report as an error the answer that the events topic exists, which the second of two starting services gets', () => {
    expect(isKafkaError('Connection', logLevel.ERROR, { error: 'Topic creation errors' })).toBe(false);
  });

  it('reports warnings as warnings', () => {
    expect(isKafkaError('Connection', logLevel.WARN, { error: 'Connection timeout' })).toBe(false);
  });
});
