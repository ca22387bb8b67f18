import { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { PageContext } from './context';
import { ProjectionStatusModel, projectionsPage } from './projections';

function contextOf(locale: Locale): PageContext {
  return {
    locale,
    t: translator(locale),
    csrf: 'csrf-token-of-the-session',
    url: '/web/projections',
    viewer: { id: 'auditor-1', role: 'auditor', roles: ['auditor'] },
  };
}

const live: ProjectionStatusModel = {
  name: 'documents',
  version: 2,
  status: 'live',
  checkpointPosition: 1_200_000,
  headPosition: 1_200_000,
  eventsBehind: 0,
  msBehind: 0,
  lastRebuild: { status: 'done', finishedAt: '2026-11-24T08:00:00.000Z', error: null },
};
const rebuilding: ProjectionStatusModel = {
  name: 'search',
  version: 1,
  status: 'rebuilding',
  checkpointPosition: 1_199_990,
  headPosition: 1_200_000,
  eventsBehind: 10,
  msBehind: 2_500,
  rebuild: {
    status: 'running',
    reason: 'version-changed',
    version: 2,
    position: 480_000,
    targetPosition: 1_200_000,
    progress: 0.4,
    eventsPerSecond: 12_000,
    estimatedEndAt: '2026-11-24T09:01:00.000Z',
    requestedAt: '2026-11-24T08:59:00.000Z',
    startedAt: '2026-11-24T09:00:00.000Z',
  },
};

describe('the read models page', () => {
  it('shows a rebuild’s events done of its total, its rate and its expected end, in English', () => {
    const page = projectionsPage(contextOf('en'), [live, rebuilding]);
    expect(page).toContain('<progress max="1200000" value="480000"');
    expect(page).toContain('480,000 of 1,200,000 events (40 %)');
    expect(page).toContain('12,000 events a second');
    expect(page).toContain('Expected to end at 24 November 2026, 09:01:00 UTC');
    expect(page).toContain('10 events (3 s)');
    expect(page).toContain('Up to date');
    expect(page).toContain('<a href="/web/projections">Read models</a>');
  });

  it('says the same in Arabic, right to left, each projection named by what it holds', () => {
    const page = projectionsPage(contextOf('ar'), [live, rebuilding]);
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('480,000 من 1,200,000 حدثًا (40 %)');
    expect(page).toContain('12,000 حدثًا في الثانية');
    expect(page).toContain('يُتوقع أن تنتهي في 24 نوفمبر 2026، 09:01:00 UTC');
    expect(page).toContain('<th scope="row">البحث</th>');
  });

  it('says when the end cannot be estimated yet, and when a rebuild waits for a projector', () => {
    const starting: ProjectionStatusModel = {
      ...rebuilding,
      rebuild: { ...rebuilding.rebuild!, position: 0, targetPosition: null, progress: 0, eventsPerSecond: null, estimatedEndAt: null },
    };
    const waiting: ProjectionStatusModel = {
      ...rebuilding,
      name: 'history',
      rebuild: { ...rebuilding.rebuild!, status: 'pending', startedAt: null },
    };
    const page = projectionsPage(contextOf('en'), [starting, waiting]);
    expect(page).toContain('The end cannot be estimated yet.');
    expect(page).not.toContain('<progress');
    expect(page).toContain('Rebuild of \u2068Consultation history\u2069: waiting for a projector to take it');
  });
});
