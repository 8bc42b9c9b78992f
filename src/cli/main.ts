/**
 * The `dolphin` command. Each subcommand lives in commands/<name>.ts and registers itself through
 * commands/index.ts; benchmarks live in bench/<name>.ts and register under `dolphin bench`.
 * Exit codes: 0 success, 1 failure (a paired divergence, a failed run), 2 usage or config error,
 * 3 handshake rejected, 4 lockstep timeout / peer lost, 78 not set up.
 */
import { Command, CommanderError } from 'commander';
import { commandRegistrations } from './commands/index.js';
import { BarDataError } from '../data/index.js';
import { CliError } from './cli-error.js';

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command();
  program
    .name('dolphin')
    .description('TypeScript strategy host for NautilusTrader')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of commandRegistrations) register(program);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err: unknown) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof CliError) {
      process.stderr.write(`dolphin: ${err.message}\n`);
      return err.exitCode;
    }
    if (err instanceof BarDataError) {
      // Whichever command loaded the bars: the file is the user's input, like a bad flag.
      process.stderr.write(`dolphin: data.path: ${err.message}\n`);
      return 2;
    }
    const e = err instanceof Error ? err : new Error(String(err));
    process.stderr.write(`dolphin: ${e.stack ?? e.message}\n`);
    return 1;
  }
}
