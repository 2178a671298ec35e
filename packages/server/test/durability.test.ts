import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { submissionPageSchema } from '@peer-groups/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPostgres, startPostgres } from '../../../scripts/lib/postgres.mjs';
import { type CliProcess, listeningUrl, runCliProcess } from './support/cli-process.js';
import { listingOf, makeGroup } from './support/groups.js';
import { request, sendJson } from './support/http.js';

/** CLI processes of one suite, killed when it ends if still running. */
function processes() {
  const running: CliProcess[] = [];
  return {
    run(args: string[]): CliProcess {
      const cli = runCliProcess(args);
      running.push(cli);
      return cli;
    },
    async killAll(): Promise<void> {
      for (const cli of running) {
        if (cli.child.exitCode === null) cli.child.kill('SIGKILL');
        await cli.exited;
      }
    },
  };
}

/**
 * Submits through a server on `database`, kills it with SIGKILL the moment the 201 is in, runs
 * `afterKill` (a database crash), and checks a new server finds the submission in the queue.
 */
async function expectSubmissionSurvives(
  cli: ReturnType<typeof processes>,
  database: string,
  afterKill: () => Promise<void> = async () => {},
): Promise<void> {
  const first = cli.run(['serve', '--port', '0', '--db', database]);
  const firstUrl = await listeningUrl(first);
  const response = await sendJson(`${firstUrl}/v1/submissions`, 'POST', {
    kind: 'new',
    listing: listingOf(makeGroup('unused', { name: 'Survives A Crash' })),
  });
  expect(response.status).toBe(201);
  // No grace: the process dies the moment the answer is in.
  first.child.kill('SIGKILL');
  expect(await first.exited).toBe('SIGKILL');
  await afterKill();
  const { id } = (await response.json()) as { id: string };

  const keys = cli.run(['keys', 'create', '--role', 'curator', '--db', database]);
  expect(await keys.exited).toBe(0);
  const key = keys.lines.find((line) => line.startsWith('pgk_')) as string;
  expect(key).toMatch(/^pgk_[A-Za-z0-9_-]{43}$/);

  const second = cli.run(['serve', '--port', '0', '--db', database]);
  const secondUrl = await listeningUrl(second);
  const queue = await request(`${secondUrl}/v1/submissions?status=pending`, {
    headers: { Authorization: `Bearer ${key}` },
  });
  expect(queue.status).toBe(200);
  const page = submissionPageSchema.parse(await queue.json());
  expect(page.items.map((item) => item.id)).toContain(id);
  expect(page.items.find((item) => item.id === id)?.listing?.name).toBe('Survives A Crash');

  second.child.kill('SIGTERM');
  expect(await second.exited).toBe(0);
}

describe('submission durability', () => {
  const folder = mkdtempSync(join(tmpdir(), 'peer-groups-durability-'));
  const cli = processes();

  afterAll(async () => {
    await cli.killAll();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps a submission answered with 201 through kill -9 of the server', async () => {
    await expectSubmissionSurvives(cli, join(folder, 'directory.db'));
  });
});

describe('submission durability on PostgreSQL', () => {
  const cli = processes();
  let postgres: RunningPostgres | undefined;

  // Its own server with fsync and synchronous commit on: the shared test server has them off.
  beforeAll(async () => {
    postgres = await startPostgres({ durable: true });
  });

  afterAll(async () => {
    await cli.killAll();
    await postgres?.stop();
  });

  it('keeps a submission answered with 201 through kill -9 of the server and a database crash', async () => {
    const database = postgres as RunningPostgres;
    await expectSubmissionSurvives(cli, database.url, async () => {
      // The database goes down right after too, as in a power cut, and recovers from its WAL.
      await database.crash();
      await database.restart();
    });
  });
});
