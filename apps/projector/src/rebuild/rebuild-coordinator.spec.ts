import { EntityManager } from 'typeorm';
import { RecordedEvent } from '#libs/contracts';
import { Projection } from '../projection';
import { planStart } from './rebuild-coordinator';

const projection = (name: string, version: number): Projection => ({
  name,
  version,
  tables: [name],
  handles: [],
  apply: async (_events: readonly RecordedEvent[], _manager: EntityManager) => undefined,
});

const summary = (plan: ReturnType<typeof planStart>) => ({
  live: plan.live.map((p) => p.name),
  rebuild: plan.rebuild.map((r) => [r.projection.name, r.reason]),
});

describe('what the projector does with each projection at start', () => {
  const projections = [projection('consultations', 3), projection('documents', 1), projection('search', 1)];

  it('applies everything from 0 on a database that was never projected', () => {
    expect(summary(planStart(projections, []))).toEqual({ live: ['consultations', 'documents', 'search'], rebuild: [] });
  });

  it('resumes each projection whose version has its checkpoint', () => {
    expect(
      summary(
        planStart(projections, [
          { name: 'consultations', version: 3 },
          { name: 'documents', version: 1 },
          { name: 'search', version: 1 },
        ]),
      ),
    ).toEqual({
      live: ['consultations', 'documents', 'search'],
      rebuild: [],
    });
  });

  it('rebuilds a projection whose version changed, beside the old version that keeps serving', () => {
    expect(
      summary(
        planStart(projections, [
          { name: 'consultations', version: 2 },
          { name: 'documents', version: 1 },
          { name: 'search', version: 1 },
        ]),
      ),
    ).toEqual({
      live: ['documents', 'search'],
      rebuild: [['consultations', 'version-changed']],
    });
  });

  it('rebuilds a projection new to a database with history: the subscription has moved on past what it needs', () => {
    expect(
      summary(
        planStart(projections, [
          { name: 'consultations', version: 3 },
          { name: 'documents', version: 1 },
        ]),
      ),
    ).toEqual({
      live: ['consultations', 'documents'],
      rebuild: [['search', 'new-projection']],
    });
  });

  it('rebuilds a projection whose code went back to an older version', () => {
    expect(summary(planStart([projection('documents', 1)], [{ name: 'documents', version: 2 }]))).toEqual({
      live: [],
      rebuild: [['documents', 'version-changed']],
    });
  });
});
