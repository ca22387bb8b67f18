import { BenchSuite } from '../harness';
import { auditVerifySuite } from './audit-verify';
import { projectionRebuildSuite } from './projection-rebuild';
import { textEngineSuite } from './text-engine';

/** Every suite the harness knows, by name. Register new suites here. */
export const suites: readonly BenchSuite[] = [textEngineSuite, projectionRebuildSuite, auditVerifySuite];
