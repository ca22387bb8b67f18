/**
 * `cli token --role stakeholder|chair|secretariat|auditor [--role ...] --sub <id> [--name "..."] [--ttl 8h]`:
 * prints a bearer token for development, signed HS256 with the secret the server verifies
 * with (JWT_SECRET, or the generated development secret in the data folder) and the same
 * issuer and audience. Refused in AUTH_MODE=production: real tokens come from the identity provider.
 */
import type { ActorRole } from '#libs/platform';
import { ACTOR_ROLES, isActorRole, loadAuthConfig, signDevelopmentToken } from '#libs/platform';
import type { Command, CommandIo } from './command';
import { USAGE_ERROR } from './command';

export interface TokenCommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where the development secret is kept; the server's default (`.data`) unless given. */
  readonly dataDir?: string;
}

const USAGE = 'token --role stakeholder|chair|secretariat|auditor [--role ...] --sub <id> [--name "..."] [--ttl 8h]';
const TTL_UNITS_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };
const MAX_TTL_SECONDS = 30 * 86_400;

interface TokenArgs {
  readonly roles: readonly ActorRole[];
  readonly sub: string;
  readonly name?: string;
  readonly ttlSeconds: number;
}

class UsageError {
  constructor(readonly message: string) {}
}

/** Prints a development token; resolves to the exit code (2 for a usage or configuration problem). */
export async function tokenCommand(argv: readonly string[], io: TokenCommandIo): Promise<number> {
  let args: TokenArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`token: ${error.message}\nusage: cli ${USAGE}\n`);
    return USAGE_ERROR;
  }

  const problems: string[] = [];
  const auth = loadAuthConfig(io.env, { mode: io.env.RUN_MODE === 'full' ? 'full' : 'embedded', dataDir: io.dataDir, problems });
  if (auth.mode === 'production') {
    io.stderr(
      'token: refused in the production auth mode (AUTH_MODE=production, the default with RUN_MODE=full): tokens come from your identity provider there\n',
    );
    for (const problem of problems) io.stderr(`  - ${problem}\n`);
    return USAGE_ERROR;
  }
  if (problems.length > 0) {
    io.stderr(`token: no token can be signed:\n  - ${problems.join('\n  - ')}\n`);
    return USAGE_ERROR;
  }
  if (auth.sharedSecret === undefined) {
    io.stderr(
      'token: the server verifies with JWT_PUBLIC_KEY only, so no token can be signed here; set JWT_SECRET, or unset the public key\n',
    );
    return USAGE_ERROR;
  }
  const token = await signDevelopmentToken(
    { ...auth, sharedSecret: auth.sharedSecret },
    { sub: args.sub, roles: args.roles, name: args.name, ttlSeconds: args.ttlSeconds },
  );
  io.stdout(`${token}\n`);
  return 0;
}

/** The command as the dispatcher lists it; the environment is given once, at start. */
export function tokenCliCommand(env: TokenCommandIo['env']): Command {
  return {
    name: 'token',
    summary: 'print a development bearer token for the HTTP API (not in AUTH_MODE=production)',
    usage: USAGE,
    run: (args: readonly string[], io: CommandIo) => tokenCommand(args, { stdout: io.stdout, stderr: io.stderr, env }),
  };
}

function parseArgs(argv: readonly string[]): TokenArgs {
  const roles: ActorRole[] = [];
  let sub: string | undefined;
  let name: string | undefined;
  let ttlSeconds = 8 * 3600;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.trim() === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--role': {
        const role = value();
        if (!isActorRole(role)) throw new UsageError(`--role must be one of ${ACTOR_ROLES.join(', ')} (got "${role}")`);
        if (!roles.includes(role)) roles.push(role);
        break;
      }
      case '--sub':
        sub = value();
        break;
      case '--name':
        name = value();
        break;
      case '--ttl':
        ttlSeconds = parseTtl(value());
        break;
      default:
        throw new UsageError(arg.startsWith('-') ? `unknown option ${arg}` : `unexpected argument ${arg}`);
    }
  }
  if (roles.length === 0) throw new UsageError('at least one --role is needed');
  if (sub === undefined)
    throw new UsageError('--sub <id> is needed: the stakeholder id, or the person id of a chair, secretariat or auditor');
  return { roles, sub, name, ttlSeconds };
}

function parseTtl(raw: string): number {
  const match = /^(\d+)([smhd])$/.exec(raw);
  const seconds = match ? Number(match[1]) * TTL_UNITS_SECONDS[match[2]] : 0;
  if (seconds < 1 || seconds > MAX_TTL_SECONDS)
    throw new UsageError(`--ttl must be a duration such as 30m, 8h or 2d, at most 30d (got "${raw}")`);
  return seconds;
}
