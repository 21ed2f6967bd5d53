/** A tiny argv parser: positionals plus `--name value` / `--name=value` options. */

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      if (eq > 0) {
        options.set(arg.slice(2, eq), arg.slice(eq + 1));
        continue;
      }
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`选项 ${arg} 缺少取值`);
      options.set(arg.slice(2), value);
      i++;
      continue;
    }
    positionals.push(arg);
  }
  return { positionals, options };
}

/** Throws UsageError for options a command does not know. */
export function allowOnly(args: ParsedArgs, allowed: readonly string[]): void {
  for (const name of args.options.keys())
    if (!allowed.includes(name)) throw new UsageError(`未知选项 --${name}`);
}

export function requireOption(args: ParsedArgs, name: string): string {
  const value = args.options.get(name)?.trim();
  if (!value) throw new UsageError(`缺少选项 --${name}`);
  return value;
}
