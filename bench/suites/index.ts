import { BenchSuite } from '../harness';
import { auditVerifySuite } from './audit-verify';
import { httpCommandsSuite } from './http-commands';
import { limitsSuite } from './limits';
import { projectionRebuildSuite } from './projection-rebuild';
import { textEngineSuite } from './text-engine';
import { wordInSuite } from './word-in';

/** Every suite the harness knows, by name, in the order `npm run bench` runs them. Register new suites here. */
export const suites: readonly BenchSuite[] = [textEngineSuite, wordInSuite, limitsSuite, httpCommandsSuite, projectionRebuildSuite, auditVerifySuite];
