import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { submissionPageSchema } from '@peer-groups/core';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliProcess, listeningUrl, runCliProcess } from './support/cli-process.js';
import { listingOf, makeGroup } from './support/groups.js';
import { request, sendJson } from './support/http.js';

describe('submission durability', () => {
  const folder = mkdtempSync(join(tmpdir(), 'peer-groups-durability-'));
  const database = join(folder, 'directory.db');
  const running: CliProcess[] = [];

  afterAll(async () => {
    for (const cli of running) {
      if (cli.child.exitCode === null) cli.child.kill('SIGKILL');
      await cli.exited;
    }
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps a submission answered with 201 through kill -9 of the server', async () => {
    const first = runCliProcess(['serve', '--port', '0', '--db', database]);
    running.push(first);
    const firstUrl = await listeningUrl(first);
    const response = await sendJson(`${firstUrl}/v1/submissions`, 'POST', {
      kind: 'new',
      listing: listingOf(makeGroup('unused', { name: 'Survives A Crash' })),
    });
    expect(response.status).toBe(201);
    // No grace: the process dies the moment the answer is in.
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    const { id } = (await response.json()) as { id: string };

    const keys = runCliProcess(['keys', 'create', '--role', 'curator', '--db', database]);
    running.push(keys);
    expect(await keys.exited).toBe(0);
    const key = keys.lines.find((line) => line.startsWith('pgk_')) as string;
    expect(key).toMatch(/^pgk_[A-Za-z0-9_-]{43}$/);

    const second = runCliProcess(['serve', '--port', '0', '--db', database]);
    running.push(second);
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
  });
});
