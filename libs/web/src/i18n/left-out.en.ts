/** Why an amendment is left out: of what a whole text proposes (not submittable), and of the text with every pending amendment (not applied). */
export const leftOutEn = {
  'derivedWarning.leftOut.refused': 'A contribution does not accept these parts of it:',
  'derivedWarning.leftOut.notCarried': 'A contribution would not carry these parts of it:',
  'derivedWarning.leftOut.doesNotApply': 'It does not apply after the amendments before it.',
  'derivedWarning.leftOut.doesNotApplyBecause': 'It does not apply after the amendments before it: {why}',
  'marked.notAppliedAmendment': "{proposers}'s {tag} of {provision}",
  'marked.unknownProposer': 'a stakeholder no longer listed',
  'marked.notAppliedTitle': "{proposers}'s {tag} of the title",
} as const;
