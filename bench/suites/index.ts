import { BenchSuite } from '../harness';
import { textEngineSuite } from './text-engine';

/** Every suite the harness knows, by name. Register new suites here. */
export const suites: readonly BenchSuite[] = [textEngineSuite];
