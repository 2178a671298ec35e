import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const ENTRY = new URL('./cli-entry.ts', import.meta.url).pathname;
/** The package folder, where `tsx` resolves from. */
const PACKAGE_DIR = new URL('../../', import.meta.url).pathname;

/** The command line running in a child process. */
export interface CliProcess {
  child: ChildProcess;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
  /** Every line written to standard output so far. */
  lines: string[];
}

/** Runs `peer-groups-server ...args` from the sources in a child process. */
export function runCliProcess(args: string[]): CliProcess {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', ENTRY, ...args],
    {
      cwd: PACKAGE_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) =>
    lines.push(line),
  );
  child.stderr?.resume();
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return { child, exited, lines };
}

/** Waits until the server process prints its `listening` line; resolves with its URL. */
export async function listeningUrl(cli: CliProcess, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const line = cli.lines.find((candidate) => candidate.includes('"listening"'));
    if (line !== undefined) return (JSON.parse(line) as { url: string }).url;
    if (cli.child.exitCode !== null)
      throw new Error(`The server exited with ${cli.child.exitCode}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  cli.child.kill('SIGKILL');
  throw new Error('The server did not start listening in time.');
}
