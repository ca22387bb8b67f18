/**
 * The sentences of the bundle verifier's report and of a provision's explanation, by key, in
 * English: the default of `formatBundleReport` and `formatExplanation`. The command line gives
 * them the interface's catalogue (libs/web/src/i18n/bundle-report.{en,ar}.ts, the same keys)
 * to print them in Arabic.
 */
export const BUNDLE_REPORT_EN = {
  'bundle.verdict.ok': 'verify-bundle: OK',
  'bundle.verdict.failed': 'verify-bundle: FAILED ({count} problem(s))',
  'bundle.events': '  events       {events}, positions 1..{head}; root {root} chain {chain}',
  'bundle.key.carriesNone': 'the bundle carries no usable key',
  'bundle.key.carriesSame': 'the bundle carries the same key',
  'bundle.key.carriesAnother': 'the bundle carries ANOTHER key, {key}',
  'bundle.key.headerNames': '; its header names {key}, which is NOT the key it carries',
  'bundle.key.trusted': '  public key   checked with the trusted key {key} given on the command line ({carried}{stated})',
  'bundle.key.bundled':
    "  public key   checked with the key the bundle carries ({key}{stated}) — NOT INDEPENDENT: the bundle's own key proves nothing by itself; give the ledger's published key with --public-key",
  'bundle.key.none': '  public key   none',
  'bundle.signedBy.trusted': '  signed by    key {key} (the trusted key): {valid} of {count} checkpoint signature(s) verify with it',
  'bundle.signedBy.bundled':
    '  signed by    key {key} (the key the bundle carries): {valid} of {count} checkpoint signature(s) verify with it',
  'bundle.signedBy.noCheckpoint': '  signed by    nothing: the bundle holds no checkpoint',
  'bundle.signedBy.none': '  signed by    no checkpoint signature verifies with the key checked',
  'bundle.signedBy.noneWithKey': '  signed by    no checkpoint signature verifies with the key checked ({key})',
  'bundle.checkpoints': '  checkpoints  {count} ({valid} with a valid signature)',
  'bundle.checkpoints.latest': '; latest covers {size} events, signed {timestamp}: root {root}, chain {chain}',
  'bundle.match.matches': 'matches',
  'bundle.match.differs': 'DIFFERS',
  'bundle.match.notComparable': 'not comparable',
  'bundle.inclusion': '  inclusion    {valid} of {checked} proofs lead to the signed root of {size} events',
  'bundle.consistency': '  consistency  {valid} of {checked} proofs between successive checkpoints verify',
  'bundle.firstDivergence': 'first divergence at {divergence}',
  'bundle.furtherDivergences': 'further divergences:',
  'bundle.moreDivergences': '  … and {count} more (use --json for the list kept)',
  'bundle.note': 'note: {note}',
  'bundle.where.position': 'position {position}',
  'bundle.where.positions': 'positions {from}..{to}',
  'bundle.where.checkpoint': 'checkpoint of {size} events',
  'bundle.where.line': 'line {line}',
  'bundle.where.bundle': 'the bundle',
  'bundle.divergence': '{where}: {kind}',
  'bundle.divergence.ofEvent': '{where} (event {eventId}): {kind}',
  'bundle.divergence.values': '      expected {expected}  found {found}',
  'bundle.caveat': 'note: the bundle did NOT verify: the answer below rests on a history that differs from its record.',
  'bundle.why.heading': 'why {document} {label} ({reference}, id {id}, {section}) reads as it does {moment}:',
  'bundle.why.untitledSection': 'untitled section',
  'bundle.why.atPosition': 'at position {position}',
  'bundle.why.asOf': 'as of {time}',
  'bundle.why.now': 'now',
  'bundle.why.version': '  version {number} ({label}) with the decisions since; last event of the document: position {position}',
  'bundle.why.text': '  text: {text}',
  'bundle.why.footnote': '  footnote: {footnote}',
  'bundle.why.step': '  {mark} position {position} {type} (event {eventId}, hash {hash}): {summary}',
  'bundle.why.at': '      at {where}',
  'bundle.why.atBy': '      at {where}, by {actor}',
  'bundle.why.by': '      by {actor}',
  'bundle.why.before': '      before: {words}',
  'bundle.why.after': '      after:  {words}',
  'bundle.why.words': '      words:  {words}',
  'bundle.why.included': '      included under the checkpoint of {size} events (proof of {hashes} hashes verifies)',
  'bundle.why.proofFails': '      inclusion proof DOES NOT verify',
  'bundle.why.notCovered': '      no checkpoint covers it yet',
  'bundle.why.legend': '  * gave the provision its words; - context (contribution, relettering, reservation)',
  'bundle.text.heading': 'document {documentId}, version {number} ({label}) with the decisions since, as of position {position}:',
} as const;

export type BundleReportKey = keyof typeof BUNDLE_REPORT_EN;

/** A sentence of the report in the reader's language, its `{name}` placeholders filled. */
export type BundleReportSay = (key: BundleReportKey, params?: Readonly<Record<string, string | number>>) => string;

/** The report's sentences in English. */
export const sayInEnglish: BundleReportSay = (key, params = {}) =>
  BUNDLE_REPORT_EN[key].replace(/\{(\w+)\}/gu, (whole, name: string) => (name in params ? String(params[name]) : whole));
