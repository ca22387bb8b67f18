import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { preProcessFile } from 'typescript';

/*
 * Arrows point inward only: apps → libs, infrastructure → domain, never the reverse; and
 * unit tests start no server (docs/tests.md, "Import rules"). Read from the source files as
 * written, so that a break is named here before anyone builds or starts anything.
 */

const ROOT = resolve(__dirname, '..');

/** The rules' lists, which eslint.config.mjs reads too (its no-restricted-imports catch the direct imports). */
interface ImportRules {
  /** The pure libraries: the text engine, the workflow's rules, the contracts between services, documents in and out, the web pages' rendering. */
  readonly pureLibs: readonly string[];
  /** Frameworks and drivers the pure libraries must not reach, directly or through another lib. */
  readonly infrastructurePackages: readonly string[];
  /**
   * The server is the composition root: it runs the gateway, the ledger and the projector in
   * one process or alone, so it alone may import their modules.
   */
  readonly composedByServer: readonly string[];
}
const RULES: ImportRules = JSON.parse(readFileSync(join(ROOT, 'test/import-rules.json'), 'utf8'));
const PURE_LIBS = RULES.pureLibs;
const INFRASTRUCTURE_PACKAGES = RULES.infrastructurePackages;
const COMPOSED_BY_SERVER = RULES.composedByServer;
/** The offline verifier of audit bundles: what it loads is what an auditor has to trust. */
const OFFLINE_VERIFIER = 'apps/cli/verify-bundle.ts';
/** What starts a server: a unit test that needs one is an integration test (test/http). */
const SERVER_PACKAGES = ['supertest', 'http', 'https', 'net', 'node:http', 'node:https', 'node:net'];
const STARTS_A_SERVER = /\.listen\(|NestFactory\./u;

interface SourceFile {
  /** Relative to the repository, with forward slashes. */
  readonly path: string;
  readonly imports: readonly Import[];
}

interface Import {
  readonly specifier: string;
  /** The repository file it resolves to, when it is one of ours. */
  readonly file?: string;
  /** The package it names, when it is not one of ours. */
  readonly packageName?: string;
}

function typeScriptFilesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return typeScriptFilesUnder(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveOurs(fromFile: string, specifier: string): string | undefined {
  const alias = /^#libs\/([^/]+)$/u.exec(specifier);
  const base = alias
    ? `libs/${alias[1]}/src/index`
    : specifier.startsWith('.')
      ? relative(ROOT, resolve(ROOT, dirname(fromFile), specifier))
          .split(sep)
          .join('/')
      : undefined;
  if (base === undefined) return undefined;
  const stem = base.replace(/\.(js|ts)$/u, '');
  return [`${stem}.ts`, `${stem}/index.ts`].find((candidate) => existsSync(join(ROOT, candidate))) ?? `${stem}.ts`;
}

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function readSource(path: string): SourceFile {
  const { importedFiles } = preProcessFile(readFileSync(join(ROOT, path), 'utf8'), true, true);
  const imports = importedFiles.map(({ fileName: specifier }): Import => {
    const file = resolveOurs(path, specifier);
    return file !== undefined ? { specifier, file } : { specifier, packageName: packageOf(specifier) };
  });
  return { path, imports };
}

function isInfrastructure(packageName: string): boolean {
  return INFRASTRUCTURE_PACKAGES.some((forbidden) =>
    forbidden.endsWith('/*') ? packageName.startsWith(forbidden.slice(0, -1)) : packageName === forbidden,
  );
}

/** `apps/<name>/...` → name; anything else → undefined. */
function appOf(path: string): string | undefined {
  return /^apps\/([^/]+)\//u.exec(path)?.[1];
}

const sources = new Map<string, SourceFile>(
  [...typeScriptFilesUnder('apps'), ...typeScriptFilesUnder('libs')].map((path) => [path, readSource(path)]),
);

/** A file a pure library reaches: the library's file and its import the path leaves by, and the files after it. */
interface Reach {
  readonly from: string;
  readonly specifier?: string;
  readonly through: readonly string[];
}

/** Every file the given files reach through our own imports, each by a shortest path. */
function reachedFrom(starts: readonly string[]): Map<string, Reach> {
  const reached = new Map<string, Reach>();
  const pending: [string, Reach][] = starts.map((path) => [path, { from: path, through: [] }]);
  while (pending.length > 0) {
    const [path, reach] = pending.shift()!;
    if (reached.has(path)) continue;
    reached.set(path, reach);
    for (const { specifier, file } of sources.get(path)?.imports ?? []) {
      if (file === undefined || reached.has(file)) continue;
      pending.push([
        file,
        reach.specifier === undefined ? { from: path, specifier, through: [file] } : { ...reach, through: [...reach.through, file] },
      ]);
    }
  }
  return reached;
}

describe('import rules', () => {
  it('reads the imports of every source file, type imports, re-exports and require() included', () => {
    expect(sources.size).toBeGreaterThan(100);
    const parsed = preProcessFile(
      "import type { A } from 'typeorm';\nexport * from './b';\nconst c = require('kafkajs');\nconst d = await import('#libs/platform');",
      true,
      true,
    );
    expect(parsed.importedFiles.map((imported) => imported.fileName)).toEqual(['typeorm', './b', 'kafkajs', '#libs/platform']);
  });

  it('resolves every import of our own to a file that exists', () => {
    const unresolved = [...sources.values()].flatMap(({ path, imports }) =>
      imports
        .filter(({ file }) => file !== undefined && !existsSync(join(ROOT, file)))
        .map(({ specifier }) => `${path} imports '${specifier}'`),
    );
    expect(unresolved).toEqual([]);
  });

  /** Each import of the given files that leads to a framework or driver, with the chain it leads by. */
  function infrastructureReachedFrom(starts: readonly string[]): string[] {
    const offences = new Map<string, string>();
    for (const [path, { from, specifier, through }] of reachedFrom(starts)) {
      for (const imported of sources.get(path)?.imports ?? []) {
        if (imported.packageName === undefined || !isInfrastructure(imported.packageName)) continue;
        const offence =
          specifier === undefined
            ? `${path} imports '${imported.specifier}'`
            : `${from} imports '${specifier}', which reaches '${imported.specifier}' (${through.join(' → ')})`;
        // One line for each import of the library that leads out of bounds, however many ways it does.
        const key = specifier === undefined ? offence : `${from}\u0000${specifier}`;
        if (!offences.has(key)) offences.set(key, offence);
      }
    }
    return [...offences.values()];
  }

  it.each(PURE_LIBS)(`keeps libs/%s free of ${INFRASTRUCTURE_PACKAGES.join(', ')}, also through the libs it imports`, (lib) => {
    expect(infrastructureReachedFrom([...sources.keys()].filter((path) => path.startsWith(`libs/${lib}/`)))).toEqual([]);
  });

  it(`keeps the offline verifier (apps/cli/verify-bundle.ts) free of ${INFRASTRUCTURE_PACKAGES.join(', ')}, also through the libs it imports`, () => {
    // An auditor runs it on a machine of their own and reads what it loads: the pure libraries only (docs/audit.md).
    expect(infrastructureReachedFrom([OFFLINE_VERIFIER])).toEqual([]);
  });

  it("keeps each app out of another app's source (the server, which composes the services, excepted)", () => {
    const offences = [...sources.values()].flatMap(({ path, imports }) => {
      const app = appOf(path);
      if (app === undefined) return [];
      return imports
        .filter(({ file }) => {
          const target = file === undefined ? undefined : appOf(file);
          return target !== undefined && target !== app && !(app === 'server' && COMPOSED_BY_SERVER.includes(target));
        })
        .map(({ specifier }) => `${path} imports '${specifier}'`);
    });
    expect(offences).toEqual([]);
  });

  it('keeps servers out of the unit tests', () => {
    const unitSpecs = [...sources.keys(), ...typeScriptFilesUnder('test/support')]
      .concat(readdirSync(join(ROOT, 'test')).map((name) => `test/${name}`))
      .filter((path) => path.endsWith('.spec.ts') && !path.endsWith('.e2e-spec.ts'));
    expect(unitSpecs.length).toBeGreaterThan(50);
    const offences = unitSpecs.flatMap((path) => {
      const { imports } = sources.get(path) ?? readSource(path);
      const text = readFileSync(join(ROOT, path), 'utf8');
      return [
        ...imports
          .filter(({ packageName }) => packageName !== undefined && SERVER_PACKAGES.includes(packageName))
          .map(({ specifier }) => `${path} imports '${specifier}'`),
        ...(STARTS_A_SERVER.test(text) ? [`${path} calls ${STARTS_A_SERVER.exec(text)![0]}`] : []),
      ];
    });
    expect(offences).toEqual([]);
  });

  it('keeps the libs out of the apps', () => {
    const offences = [...sources.values()]
      .filter(({ path }) => path.startsWith('libs/'))
      .flatMap(({ path, imports }) =>
        imports
          .filter(({ file }) => file !== undefined && file.startsWith('apps/'))
          .map(({ specifier }) => `${path} imports '${specifier}'`),
      );
    expect(offences).toEqual([]);
  });
});
