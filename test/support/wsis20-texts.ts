/**
 * The texts of a WSIS+20-shaped negotiation in the General Assembly's plain format, as the
 * importer reads it: the elements paper, the zero draft and the co-facilitators' revisions.
 * Written for the tests after the public drafts of the 2025 review (shortened, not quoted):
 * each revision is the one before with the paragraphs it rewords, inserts or settles.
 */

/** A draft of the General Assembly: its title, unlettered preambular paragraphs and numbered operative ones, keyed by what they are about. */
export interface UngaDraft {
  readonly title: string;
  readonly preamble: readonly string[];
  readonly operative: readonly { readonly key: string; readonly text: string }[];
}

/** The draft as plain text: title, enacting body, preamble, then "1.", "2." ... as the importer reads a UN draft. */
export function plainUngaText(draft: UngaDraft): string {
  const operative = draft.operative.map((paragraph, i) => `${i + 1}.\t${paragraph.text}`);
  return [draft.title, 'The General Assembly,', ...draft.preamble, ...operative, ''].join('\n');
}

/** The draft with some operative paragraphs reworded and new ones inserted after the paragraph of a key. */
export function revise(
  draft: UngaDraft,
  reworded: Readonly<Record<string, string>>,
  inserted: readonly { readonly after: string; readonly key: string; readonly text: string }[] = [],
): UngaDraft {
  const operative = draft.operative.flatMap((paragraph) => [
    { key: paragraph.key, text: reworded[paragraph.key] ?? paragraph.text },
    ...inserted.filter((insertion) => insertion.after === paragraph.key).map(({ key, text }) => ({ key, text })),
  ]);
  return { ...draft, operative };
}

/** The paragraph of a key in a draft. */
export function paragraph(draft: UngaDraft, key: string): string {
  const found = draft.operative.find((p) => p.key === key);
  if (!found) throw new Error(`the draft has no paragraph ${key}`);
  return found.text;
}

const OUTCOME_TITLE =
  'Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society';

/** The elements paper (June): what the outcome document should cover, before any wording is negotiated. */
export const ELEMENTS_PAPER: UngaDraft = {
  title:
    'Elements paper for the outcome document of the overall review of the implementation of the outcomes of the World Summit on the Information Society',
  preamble: ['Recalling its resolution 70/125 of 16 December 2015,'],
  operative: [
    { key: 'vision', text: 'Reaffirms the vision of the World Summit on the Information Society;' },
    { key: 'divides', text: 'Addresses the digital divides and their evolution since 2015;' },
    { key: 'igf', text: 'Considers the future of the Internet Governance Forum;' },
    { key: 'follow-up', text: 'Considers the follow-up and review of the outcomes of the World Summit beyond 2025.' },
  ],
};

/** The zero draft (end of August): twelve operative paragraphs, the future of the Internet Governance Forum in brackets. */
export const ZERO_DRAFT: UngaDraft = {
  title: OUTCOME_TITLE,
  preamble: [
    'Recalling its resolution 70/125 of 16 December 2015 and the outcomes of the World Summit on the Information Society held in Geneva in 2003 and in Tunis in 2005,',
    'Reaffirming the vision of a people-centred, inclusive and development-oriented information society,',
    "Noting with concern that a third of the world's population remains offline, most of it in developing countries,",
    'Recognizing the contributions of Governments, the private sector, civil society, academia and the technical community to the implementation of the outcomes of the World Summit,',
  ],
  operative: [
    { key: 'commitment', text: 'Reaffirms its commitment to the outcomes of the World Summit on the Information Society;' },
    {
      key: 'sdgs',
      text: 'Recognizes that information and communications technologies are critical enablers of the Sustainable Development Goals;',
    },
    { key: 'divides', text: 'Calls upon Member States to bridge the digital divides within and between countries;' },
    { key: 'skills', text: 'Encourages all stakeholders to promote digital literacy and skills;' },
    { key: 'stakeholders', text: 'Recognizes the role of stakeholders in the implementation of the outcomes of the World Summit;' },
    { key: 'human-rights', text: 'Stresses that human rights apply online as they do offline;' },
    { key: 'internet', text: 'Recognizes the importance of a secure, stable and resilient Internet;' },
    {
      key: 'itu',
      text: 'Invites the International Telecommunication Union to continue to coordinate the action lines of the World Summit;',
    },
    {
      key: 'igf',
      text: 'Decides that the Internet Governance Forum shall be [a permanent forum of the United Nations] [renewed for a further period of ten years];',
    },
    { key: 'report', text: 'Requests the Secretary-General to report on the implementation of the present resolution;' },
    { key: 'review', text: 'Decides to hold a high-level meeting on the overall review of the outcomes of the World Summit in 2035;' },
    { key: 'seized', text: 'Decides to remain seized of the matter.' },
  ],
};

/** Kenya's amendment to the zero draft on the gender digital divide, which Rev.1 takes up. */
export const KENYA_DIVIDES = {
  oldText: 'the digital divides within',
  newText: 'the digital divides, including the gender digital divide, within',
};

/** The United States' amendment to the zero draft on the report, which Rev.1 leaves to the chair's ruling. */
export const UNITED_STATES_REPORT = {
  oldText: 'to report on the implementation',
  newText: 'to report biennially on the implementation',
};

const reworded = (draft: UngaDraft, key: string, change: { oldText: string; newText: string }) =>
  paragraph(draft, key).replace(change.oldText, change.newText);

/** Rev.1 (7 November): Kenya's gender digital divide, the roles of all stakeholders as civil society asked, and a new paragraph on artificial intelligence. */
export const REV_1: UngaDraft = revise(
  ZERO_DRAFT,
  {
    divides: reworded(ZERO_DRAFT, 'divides', KENYA_DIVIDES),
    stakeholders:
      'Recognizes the essential role of all stakeholders, in their respective roles and responsibilities, in the implementation of the outcomes of the World Summit;',
  },
  [
    {
      after: 'internet',
      key: 'ai',
      text: 'Recognizes the potential of artificial intelligence to accelerate progress towards the Sustainable Development Goals, and the need to address its risks;',
    },
  ],
);

/** Rev.1 as the chair's acceptance of the United States' amendment left it: the text Rev.2 replaces. */
export const REV_1_AS_RULED: UngaDraft = revise(REV_1, { report: reworded(REV_1, 'report', UNITED_STATES_REPORT) });

/** Rev.2 (3 December): the single, open and interoperable Internet the technical community asked for. */
export const REV_2: UngaDraft = revise(REV_1_AS_RULED, {
  internet: 'Recognizes the importance of a single, open, interoperable, secure, stable and resilient Internet;',
});

/** Rev.3: the co-facilitators settle the Internet Governance Forum as a permanent forum; put under silence. */
export const REV_3: UngaDraft = revise(REV_2, {
  igf: 'Decides that the Internet Governance Forum shall be a permanent forum of the United Nations;',
});

/** Rev.4: the three paragraphs on which silence was broken, reworded; put under silence again. */
export const REV_4: UngaDraft = revise(REV_3, {
  'human-rights': 'Stresses that the same rights that people have offline must also be protected online;',
  igf: 'Decides that the Internet Governance Forum shall be a permanent forum of the United Nations, whose working modalities the General Assembly shall review regularly;',
  review:
    'Decides to hold a high-level meeting on the overall review of the outcomes of the World Summit in 2035, to be prepared through an intergovernmental process;',
});

/** The ids the zero draft's operative paragraphs are registered under, which revisions keep (the engine recognises them by wording). */
export const PROVISION_OF: Readonly<Record<string, string>> = Object.fromEntries(
  ZERO_DRAFT.operative.map((p, i) => [p.key, `op-1-${i + 1}`]),
);

/** The ids of the zero draft's preambular paragraphs. */
export const PREAMBLE_IDS: readonly string[] = ZERO_DRAFT.preamble.map((_, i) => `pre-1-${i + 1}`);
