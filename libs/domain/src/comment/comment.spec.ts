import {
  Actor,
  COMMENT_HIDDEN,
  COMMENT_POSTED,
  NewEvent,
  PHASES,
  Phase,
  StakeholderRegisteredV1,
  amendmentProposed,
  consultationPhaseChanged,
  consultationRegistered,
  documentRegistered,
  participantAdmitted,
  renderRefusal,
} from '#libs/contracts';
import { ResolutionDocument } from '#libs/text';
import { ConsultationState, evolveConsultation, initialConsultationState } from '../consultation/consultation';
import { DocumentState, evolveDocument, initialDocumentState } from '../document/document-state';
import { StakeholderDirectory } from '../stakeholder/stakeholder';
import { CommentCommand, HideComment, PostComment } from './comment-commands';
import { CommentState, MAX_COMMENT_CHARACTERS, decideComment, evolveComment, initialCommentState } from './comment';

const egypt: Actor = { id: 'egypt', role: 'stakeholder' };
const kenya: Actor = { id: 'kenya', role: 'stakeholder' };
const apc: Actor = { id: 'apc', role: 'stakeholder' };
const secretariat: Actor = { id: 'un-secretariat', role: 'secretariat' };
const coFacilitator: Actor = { id: 'co-facilitator', role: 'chair' };
const otherChair: Actor = { id: 'another-chair', role: 'chair' };

const entry = (stakeholderId: string, name: string, category: StakeholderRegisteredV1['category'], memberIds: string[] = []) => ({
  stakeholderId,
  name,
  category,
  region: 'global' as const,
  memberIds,
});
const registry: Record<string, StakeholderRegisteredV1> = {
  egypt: entry('egypt', 'Egypt', 'member-state'),
  kenya: entry('kenya', 'Kenya', 'member-state'),
  apc: entry('apc', 'Association for Progressive Communications', 'civil-society'),
  'arab-group': entry('arab-group', 'Arab Group', 'member-state', ['egypt']),
};
const stakeholders: StakeholderDirectory = { get: (id) => registry[id] };

function wsisDraft(): ResolutionDocument {
  const p = (id: string, text: string) => ({ id, text, children: [], footnotes: [] });
  return {
    language: 'en',
    style: 'unga',
    title: 'Outcome document of the high-level meeting on the overall review of WSIS',
    body: 'The General Assembly,',
    preamble: [],
    operative: [{ id: 'op', heading: '', provisions: [p('op-1', 'Reaffirms the vision of a people-centred information society;')] }],
    metadata: {},
  };
}

function consultation({ restricted = false, participants = [] as string[] } = {}, phase: Phase = 'negotiation'): ConsultationState {
  const events: NewEvent[] = [
    consultationRegistered({
      consultationId: 'wsis20',
      title: 'WSIS+20',
      body: 'UN General Assembly',
      subject: 'WSIS+20 review',
      originalLanguage: 'en',
      chairs: ['co-facilitator'],
      deadlines: {},
      restricted,
    }),
    ...participants.map((stakeholderId) => participantAdmitted({ consultationId: 'wsis20', stakeholderId })),
  ];
  for (let i = 1; i <= PHASES.indexOf(phase); i++)
    events.push(consultationPhaseChanged({ consultationId: 'wsis20', from: PHASES[i - 1], to: PHASES[i] }));
  return events.reduce(evolveConsultation, initialConsultationState);
}

const zeroDraft: DocumentState = [
  documentRegistered({
    documentId: 'zero',
    consultationId: 'wsis20',
    symbol: 'WSIS+20 outcome',
    versionLabel: 'zero draft',
    text: wsisDraft(),
    source: { kind: 'import', warnings: 0 },
  }),
  amendmentProposed({
    documentId: 'zero',
    amendmentId: 'am-egypt-1',
    versionNumber: 1,
    operation: { kind: 'suppress', provisionId: 'op-1' },
    proposers: ['egypt'],
  }),
].reduce(evolveDocument, initialDocumentState);

const posting = (change: Partial<PostComment> = {}): PostComment => ({
  kind: 'PostComment',
  commentId: 'c-1',
  documentId: 'zero',
  subject: { kind: 'amendment', amendmentId: 'am-egypt-1' },
  authorId: 'kenya',
  text: 'Kenya cannot support deleting paragraph 1: the vision is agreed language from Tunis.',
  language: 'en',
  ...change,
});
const hiding = (reason = 'personal remarks about a delegate'): HideComment => ({ kind: 'HideComment', commentId: 'c-1', reason });

interface Given {
  readonly state?: CommentState;
  readonly restricted?: boolean;
  readonly participants?: string[];
  readonly repliedTo?: CommentState;
  readonly document?: DocumentState;
}

function decide(
  actor: Actor,
  command: CommentCommand,
  { state = initialCommentState, restricted, participants, repliedTo, document = zeroDraft }: Given = {},
) {
  return decideComment(command, state, {
    actor,
    document,
    consultation: consultation({ restricted, participants }),
    stakeholders,
    ...(repliedTo ? { repliedTo } : {}),
  });
}
const refusal = (decision: ReturnType<typeof decide>) => (decision.ok ? undefined : decision.refusal);

function posted(command = posting(), actor = kenya): CommentState {
  const decision = decide(actor, command);
  if (!decision.ok) throw new Error(decision.refusal.message);
  return decision.events.reduce(evolveComment, initialCommentState);
}

describe('posting a comment', () => {
  it('records a delegation comment on an amendment, its text composed (NFC) and trimmed', () => {
    const decision = decide(kenya, posting({ text: '  Cafe\u0301 language is agreed.  ' }));
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          type: COMMENT_POSTED,
          schemaVersion: 1,
          payload: {
            commentId: 'c-1',
            consultationId: 'wsis20',
            documentId: 'zero',
            subject: { kind: 'amendment', amendmentId: 'am-egypt-1' },
            authorId: 'kenya',
            text: 'Café language is agreed.',
            language: 'en',
          },
        },
      ],
    });
  });

  it('records a comment on a provision, in Arabic', () => {
    const decision = decide(
      egypt,
      posting({ authorId: 'egypt', subject: { kind: 'provision', provisionId: 'op-1' }, text: 'نؤيد هذه الفقرة.', language: 'ar' }),
    );
    expect(decision.ok).toBe(true);
  });

  it('lets a member write for its group, and the secretariat and the consultation chair as themselves', () => {
    expect(decide(egypt, posting({ authorId: 'arab-group' })).ok).toBe(true);
    expect(decide(secretariat, posting({ authorId: 'un-secretariat' })).ok).toBe(true);
    expect(decide(coFacilitator, posting({ authorId: 'co-facilitator' })).ok).toBe(true);
  });

  it('refuses a comment written for another delegation, or by a chair of another consultation', () => {
    const notActing = refusal(decide(kenya, posting({ authorId: 'egypt' })));
    expect(notActing).toEqual({
      code: 'not-allowed',
      key: 'comment.doesNotActFor',
      params: { actor: 'Kenya', stakeholder: 'Egypt' },
      message: 'Kenya does not act for Egypt',
    });
    expect(renderRefusal(notActing!.key, notActing!.params, 'ar')).toBe('Kenya لا يعمل باسم Egypt');
    expect(refusal(decide(otherChair, posting({ authorId: 'another-chair' })))?.code).toBe('not-allowed');
  });

  it('keeps a restricted consultation’s threads to its participants', () => {
    expect(refusal(decide(apc, posting({ authorId: 'apc' }), { restricted: true, participants: ['kenya'] }))).toEqual({
      code: 'not-allowed',
      key: 'comment.notAdmitted',
      params: { stakeholder: 'Association for Progressive Communications' },
      message: 'the consultation is restricted to its participants, and Association for Progressive Communications is not admitted to it',
    });
    expect(decide(egypt, posting({ authorId: 'egypt' }), { restricted: true, participants: ['arab-group'] }).ok).toBe(true);
  });

  it('refuses a thread on an amendment or provision the document does not have', () => {
    expect(refusal(decide(kenya, posting({ subject: { kind: 'amendment', amendmentId: 'am-9' } })))).toEqual({
      code: 'not-found',
      key: 'comment.amendmentNotOnDocument',
      params: { document: 'WSIS+20 outcome' },
      message: 'the amendment commented on is not one proposed to WSIS+20 outcome',
    });
    const noProvision = refusal(decide(kenya, posting({ subject: { kind: 'provision', provisionId: 'op-7' } })));
    expect(noProvision).toMatchObject({
      code: 'not-found',
      key: 'comment.provisionNotInText',
      message: 'the provision commented on is not in the text of WSIS+20 outcome',
    });
    expect(renderRefusal(noProvision!.key, noProvision!.params, 'ar')).toBe('الحكم المعلَّق عليه ليس في نص WSIS+20 outcome');
    const unnamed = refusal(
      decide(kenya, posting({ subject: { kind: 'provision', provisionId: 'op-7' } }), { document: { ...zeroDraft, symbol: undefined } }),
    );
    expect(unnamed?.message).toBe('the provision commented on is not in the text of the document');
    expect(renderRefusal(unnamed!.key, unnamed!.params, 'ar')).toBe('الحكم المعلَّق عليه ليس في نص الوثيقة');
  });

  it('refuses empty text, bidi controls and a comment over the length kept', () => {
    expect(refusal(decide(kenya, posting({ text: '   ' })))).toMatchObject({ code: 'invalid', message: 'the text is empty' });
    expect(refusal(decide(kenya, posting({ text: 'agreed \u202Eyltcerroc' })))?.message).toMatch(/invisible character U\+202E/);
    const long = refusal(decide(kenya, posting({ text: 'a'.repeat(MAX_COMMENT_CHARACTERS + 1) })));
    expect(long?.message).toBe(`the text has ${MAX_COMMENT_CHARACTERS + 1} characters; at most ${MAX_COMMENT_CHARACTERS} are kept`);
    expect(renderRefusal(long!.key, long!.params, 'ar')).toBe(
      `يتألف النص من ${MAX_COMMENT_CHARACTERS + 1} حرفاً، ولا يُحفظ منه أكثر من ${MAX_COMMENT_CHARACTERS}`,
    );
  });

  it('takes a reply only to a comment of the same thread', () => {
    const first = posted();
    expect(decide(egypt, posting({ commentId: 'c-2', authorId: 'egypt', replyTo: 'c-1' }), { repliedTo: first }).ok).toBe(true);
    const elsewhere = posted(posting({ commentId: 'c-3', subject: { kind: 'provision', provisionId: 'op-1' } }));
    expect(refusal(decide(egypt, posting({ commentId: 'c-2', authorId: 'egypt', replyTo: 'c-3' }), { repliedTo: elsewhere }))?.code).toBe(
      'not-found',
    );
    expect(refusal(decide(egypt, posting({ commentId: 'c-2', authorId: 'egypt', replyTo: 'c-9' })))?.code).toBe('not-found');
  });

  it('posts a comment once', () => {
    expect(refusal(decide(kenya, posting(), { state: posted() }))?.code).toBe('already-exists');
  });
});

describe('hiding a comment', () => {
  it('records the secretariat hiding a comment with its reason', () => {
    const decision = decide(secretariat, hiding(), { state: posted() });
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          type: COMMENT_HIDDEN,
          schemaVersion: 1,
          payload: {
            commentId: 'c-1',
            consultationId: 'wsis20',
            documentId: 'zero',
            subject: { kind: 'amendment', amendmentId: 'am-egypt-1' },
            by: 'un-secretariat',
            reason: 'personal remarks about a delegate',
          },
        },
      ],
    });
    expect(decision.ok && decision.events.reduce(evolveComment, posted()).hidden).toBe(true);
  });

  it('refuses hiding by a chair or a delegation: moderation is the secretariat’s', () => {
    expect(refusal(decide(coFacilitator, hiding(), { state: posted() }))).toEqual({
      code: 'not-allowed',
      key: 'comment.hideSecretariatOnly',
      params: {},
      message: 'only the secretariat hides a comment',
    });
    expect(refusal(decide(egypt, hiding(), { state: posted() }))?.code).toBe('not-allowed');
  });

  it('refuses hiding without a reason, twice, or a comment that does not exist', () => {
    expect(refusal(decide(secretariat, hiding('  '), { state: posted() }))).toEqual({
      code: 'invalid',
      key: 'text.empty',
      params: { field: 'reason' },
      message: 'the reason is empty',
    });
    const hidden = evolveComment(posted(), { type: COMMENT_HIDDEN, schemaVersion: 1, payload: { ...hidingPayload() } });
    expect(refusal(decide(secretariat, hiding(), { state: hidden }))).toMatchObject({
      code: 'conflict',
      message: 'the comment is already hidden',
    });
    expect(refusal(decide(secretariat, hiding()))).toMatchObject({ code: 'not-found', message: 'no such comment' });
  });
});

function hidingPayload() {
  return {
    commentId: 'c-1',
    consultationId: 'wsis20',
    documentId: 'zero',
    subject: { kind: 'amendment' as const, amendmentId: 'am-egypt-1' },
    by: 'un-secretariat',
    reason: 'off topic',
  };
}
