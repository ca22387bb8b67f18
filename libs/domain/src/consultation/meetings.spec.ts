import { Actor, NewEvent, consultationRegistered, documentRegistered, meetingRegistered } from '#libs/contracts';
import { ResolutionDocument } from '#libs/text';
import { evolveDocument, initialDocumentState } from '../document/document-state';
import { ConsultationCommand, decideConsultation, evolveConsultation, initialConsultationState } from './consultation';
import { MeetingRecord, sittingAt } from './meetings';

const secretariat: Actor = { id: 'sec-1', role: 'secretariat' };
const chair: Actor = { id: 'chair-1', role: 'chair' };
const otherChair: Actor = { id: 'chair-2', role: 'chair' };
const egypt: Actor = { id: 'egypt', role: 'stakeholder' };

const consultationId = 'c-wsis';
const registered = consultationRegistered({
  consultationId,
  title: 'WSIS+20 outcome document',
  body: 'General Assembly',
  subject: 'WSIS+20 review',
  originalLanguage: 'en',
  chairs: ['chair-1'],
  deadlines: {},
  restricted: false,
});

const first: MeetingRecord = {
  meetingId: 'ic-1',
  kind: 'informal-consultation',
  number: 1,
  name: 'First informal consultation',
  date: '2025-09-10',
  place: 'Conference Room 4, New York',
  session: 'eightieth session',
};

function given(...events: NewEvent[]) {
  return events.reduce(evolveConsultation, initialConsultationState);
}

function zeroDraft(consultation = consultationId) {
  const p = (id: string, text: string) => ({ id, text, children: [], footnotes: [] });
  const text: ResolutionDocument = {
    language: 'en',
    style: 'unga',
    title: 'Outcome document of the high-level meeting on the WSIS review',
    body: 'The General Assembly,',
    preamble: [{ id: 'pp', heading: '', provisions: [p('pp-1', 'Recalling its resolution 70/125,')] }],
    operative: [{ id: 'op', heading: '', provisions: [p('op-1', 'Reaffirms the vision;'), p('op-2', 'Decides [to hold] a review;')] }],
    metadata: {},
  };
  return [
    documentRegistered({
      documentId: 'zero',
      consultationId: consultation,
      symbol: 'A/80/L.1',
      versionLabel: 'zero draft',
      text,
      source: { kind: 'import', warnings: 0 },
    }),
  ].reduce(evolveDocument, initialDocumentState);
}

const register = (meeting: MeetingRecord): ConsultationCommand => ({ kind: 'RegisterMeeting', consultationId, meeting });
const read = (provisionIds: string[], meetingId = 'ic-1'): ConsultationCommand => ({
  kind: 'RecordProvisionsRead',
  consultationId,
  meetingId,
  documentId: 'zero',
  provisionIds,
});

describe('meetings of a consultation', () => {
  it('records a meeting registered by the secretariat or by a chair of the consultation', () => {
    for (const actor of [secretariat, chair]) {
      expect(decideConsultation(register(first), given(registered), { actor })).toEqual({
        ok: true,
        events: [meetingRegistered({ consultationId, ...first })],
      });
    }
  });

  it('refuses a meeting registered by a stakeholder or by a chair of another consultation', () => {
    for (const actor of [egypt, otherChair]) {
      expect(decideConsultation(register(first), given(registered), { actor })).toMatchObject({
        ok: false,
        refusal: { code: 'not-allowed' },
      });
    }
  });

  it('keeps registered meetings in the state, and refuses the same id or the same number of a kind twice', () => {
    const state = given(registered, meetingRegistered({ consultationId, ...first }));
    expect(state.meetings['ic-1']).toEqual(first);
    expect(decideConsultation(register({ ...first, number: 2 }), state, { actor: chair })).toMatchObject({
      ok: false,
      refusal: { code: 'already-exists', message: `the meeting “${first.name}” is already registered` },
    });
    expect(decideConsultation(register({ ...first, meetingId: 'ic-1b' }), state, { actor: chair })).toMatchObject({
      ok: false,
      refusal: { code: 'already-exists', message: 'informal consultation 1 is already registered as “First informal consultation”' },
    });
    const plenary: MeetingRecord = { meetingId: 'plenary-1', kind: 'plenary', number: 1, name: '1st plenary', date: '2025-12-16' };
    expect(decideConsultation(register(plenary), state, { actor: chair })).toMatchObject({ ok: true });
  });

  it('needs a name as displayed and a date', () => {
    const state = given(registered);
    expect(decideConsultation(register({ ...first, name: ' ' }), state, { actor: chair })).toMatchObject({
      ok: false,
      refusal: { code: 'invalid', message: expect.stringContaining('name') },
    });
    expect(decideConsultation(register({ ...first, date: 'next Tuesday' }), state, { actor: chair })).toMatchObject({
      ok: false,
      refusal: { code: 'invalid', message: expect.stringContaining('date') },
    });
  });

  it('records the provisions of a document read at a registered meeting, on its latest version', () => {
    const state = given(registered, meetingRegistered({ consultationId, ...first }));
    expect(decideConsultation(read(['pp-1', 'op-2']), state, { actor: chair, document: zeroDraft() })).toEqual({
      ok: true,
      events: [
        {
          type: 'ProvisionsRead',
          schemaVersion: 1,
          payload: { consultationId, meetingId: 'ic-1', documentId: 'zero', versionNumber: 1, provisionIds: ['pp-1', 'op-2'] },
        },
      ],
    });
  });

  it('refuses a reading at an unknown meeting, of another consultation’s document, or of provisions the text does not have', () => {
    const state = given(registered, meetingRegistered({ consultationId, ...first }));
    expect(decideConsultation(read(['op-1'], 'ic-9'), state, { actor: chair, document: zeroDraft() })).toMatchObject({
      ok: false,
      refusal: { code: 'not-found', key: 'meeting.notFound', message: 'no such meeting is registered' },
    });
    expect(decideConsultation(read(['op-1']), state, { actor: chair, document: zeroDraft('elsewhere') })).toMatchObject({
      ok: false,
      refusal: { code: 'not-found', message: 'the document is not one of this consultation' },
    });
    expect(decideConsultation(read(['op-1', 'op-7']), state, { actor: chair, document: zeroDraft() })).toMatchObject({
      ok: false,
      refusal: { code: 'not-found', message: 'provisions named are not in the text, deleted or never there (1 of them)' },
    });
    expect(decideConsultation(read(['op-1', 'op-1']), state, { actor: chair, document: zeroDraft() })).toMatchObject({
      ok: false,
      refusal: { code: 'invalid' },
    });
    expect(decideConsultation(read(['op-1']), state, { actor: egypt, document: zeroDraft() })).toMatchObject({
      ok: false,
      refusal: { code: 'not-allowed' },
    });
  });
});

describe('a sitting that cites a meeting', () => {
  const meetings = { 'ic-1': first };

  it('takes the name and date of the registered meeting when the command leaves them out', () => {
    expect(sittingAt({ meetingId: 'ic-1' }, meetings)).toEqual({
      ok: true,
      value: { meetingId: 'ic-1', meeting: 'First informal consultation', date: '2025-09-10' },
    });
    expect(sittingAt({ meetingId: 'ic-1', meeting: 'IC-1 (resumed)' }, meetings)).toMatchObject({
      value: { meeting: 'IC-1 (resumed)', date: '2025-09-10' },
    });
  });

  it('refuses a meeting that is not registered, and leaves free text alone', () => {
    expect(sittingAt({ meetingId: 'ic-9' }, meetings)).toEqual({
      ok: false,
      refusal: { code: 'not-found', key: 'meeting.notFound', params: {}, message: 'no such meeting is registered' },
    });
    expect(sittingAt({ meeting: 'sixth Plenary Meeting', date: '2023-07-20' }, meetings)).toEqual({
      ok: true,
      value: { meeting: 'sixth Plenary Meeting', date: '2023-07-20' },
    });
  });
});
