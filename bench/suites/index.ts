import { BenchSuite } from '../harness';
import { akomaNtosoSuite } from './akoma-ntoso';
import { asOfTextSuite } from './as-of-text';
import { auditVerifySuite } from './audit-verify';
import { eventStoreAppendsSuite } from './event-store-appends';
import { httpCommandsSuite } from './http-commands';
import { languageAlignmentSuite } from './language-alignment';
import { limitsSuite } from './limits';
import { negotiationScaleSuite } from './negotiation-scale';
import { pdfSuite } from './pdf';
import { picturesSuite } from './pictures';
import { projectionRebuildSuite } from './projection-rebuild';
import { textEngineSuite } from './text-engine';
import { wordInSuite } from './word-in';
import { wordOutSuite } from './word-out';

/** Every suite the harness knows, by name, in the order `npm run bench` runs them. Register new suites here. */
export const suites: readonly BenchSuite[] = [
  textEngineSuite,
  languageAlignmentSuite,
  akomaNtosoSuite,
  wordInSuite,
  wordOutSuite,
  pdfSuite,
  picturesSuite,
  limitsSuite,
  eventStoreAppendsSuite,
  httpCommandsSuite,
  negotiationScaleSuite,
  projectionRebuildSuite,
  asOfTextSuite,
  auditVerifySuite,
];
