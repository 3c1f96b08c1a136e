/** Where a command writes; tests pass their own to read what was printed. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Writes text and the line end it lacks as two writes: `${text}\n` would copy an 8 MB `inspect --json` report once
 * more (flattening the joined string) before it is encoded.
 */
function writeLine(stream: NodeJS.WriteStream, text: string): void {
  stream.write(text);
  if (!text.endsWith('\n')) stream.write('\n');
}

export const processIO: CliIO = {
  out: (text) => writeLine(process.stdout, text),
  err: (text) => writeLine(process.stderr, text),
};

/** Exit codes every command keeps: 0 done, 1 the plan has errors, 2 the input cannot be used. */
export const EXIT = { ok: 0, planHasErrors: 1, unusable: 2 } as const;

/** Splits `args` into positionals and `-o value` / `--flag` options. */
export function parseArgs(
  args: readonly string[],
  valued: readonly string[] = ['-o', '--output'],
): { positionals: string[]; options: Map<string, string | true> } {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (valued.includes(a)) options.set(a, args[++i] ?? '');
    else if (a.startsWith('--') && a.includes('=')) options.set(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
    else if (a.startsWith('-') && a.length > 1) options.set(a, true);
    else positionals.push(a);
  }
  return { positionals, options };
}

export interface CliCommand {
  readonly name: string;
  /** One line of usage, in Chinese. */
  readonly usage: string;
  run(args: readonly string[], io: CliIO): Promise<number>;
}
