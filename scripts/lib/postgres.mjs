// A private, throw-away PostgreSQL server for tests and benchmarks: its own cluster in a temp
// directory, on a free loopback port, never the distribution's default cluster. Installs
// Debian's `postgresql` package when the server binaries are missing and this process may.
// Node built-ins only: it runs before and beside the workspace's dependencies.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aptInstall, canInstallPackages } from './apt.mjs';
import { isRoot } from './run.mjs';

const INSTALL_ROOT = '/usr/lib/postgresql';
const REQUIRED_BINARIES = ['initdb', 'postgres', 'pg_isready', 'createdb', 'pg_basebackup'];
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
const START_ATTEMPTS = 3;

/** PostgreSQL could not be found, installed, initialised or started. */
export class PostgresSetupError extends Error {
  name = 'PostgresSetupError';
}

/** The newest `/usr/lib/postgresql/<major>/bin` holding every binary we run, if any. */
function findBinDir() {
  if (!existsSync(INSTALL_ROOT)) return undefined;
  const majors = readdirSync(INSTALL_ROOT)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  for (const major of majors) {
    const bin = join(INSTALL_ROOT, major, 'bin');
    if (REQUIRED_BINARIES.every((name) => existsSync(join(bin, name)))) return bin;
  }
  return undefined;
}

/** Runs a command to completion, collecting its output for error messages. */
function runQuietly(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', (error) => resolve({ code: 127, output: `${output}${error.message}` }));
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/** The server binaries, installed first when missing and this process is allowed to. */
async function ensureBinDir() {
  const found = findBinDir();
  if (found) return found;
  if (!canInstallPackages()) {
    throw new PostgresSetupError(
      `PostgreSQL server binaries were not found under ${INSTALL_ROOT}/<version>/bin. Install the server (on Debian or Ubuntu: "sudo apt-get install -y postgresql"), or set PEER_GROUPS_TEST_DATABASE_URL to a database the tests may use.`,
    );
  }
  aptInstall(['postgresql'], 'The PostgreSQL tests');
  const installed = findBinDir();
  if (!installed) {
    throw new PostgresSetupError(
      `Installed "postgresql" but found no server binaries under ${INSTALL_ROOT}. Check the apt output above and install the server yourself.`,
    );
  }
  return installed;
}

/**
 * Who runs initdb and the server. PostgreSQL refuses to run as root, so root hands both to the
 * `postgres` system account the Debian package creates.
 */
function serverAccount() {
  if (!isRoot()) return {};
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) {
    throw new PostgresSetupError(
      'Running as root, but there is no "postgres" system user to run PostgreSQL as. Install Debian\'s "postgresql" package, which creates it, or run the tests as an ordinary user.',
    );
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** A loopback port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the server accepts connections; rejects when it exits or takes too long. */
async function waitUntilReady(bin, port, server, log) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new PostgresSetupError(`PostgreSQL exited while starting:\n${log().slice(-2000)}`);
    }
    const probe = await runQuietly(join(bin, 'pg_isready'), [
      '-q',
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
    ]);
    if (probe.code === 0) return;
    await sleep(100);
  }
  throw new PostgresSetupError(
    `PostgreSQL did not accept connections within ${READY_TIMEOUT_MS / 1000} s:\n${log().slice(-2000)}`,
  );
}

function waitForExit(child, timeoutMs) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Starts the postmaster on `port`; resolves with the child once it accepts connections. */
async function launch(bin, dataDir, socketDir, port, account, durable) {
  const settings = [
    `listen_addresses=127.0.0.1`,
    `port=${port}`,
    `unix_socket_directories=${socketDir}`,
    'max_connections=200',
    'shared_buffers=64MB',
  ];
  // A throw-away test cluster trades crash safety for speed unless a benchmark asks otherwise.
  if (!durable) settings.push('fsync=off', 'synchronous_commit=off', 'full_page_writes=off');
  const args = ['-D', dataDir];
  for (const setting of settings) args.push('-c', setting);
  const server = spawn(join(bin, 'postgres'), args, {
    ...account,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_ALL: 'C' },
  });
  let log = '';
  server.stderr.on('data', (chunk) => {
    log = (log + chunk).slice(-20_000);
  });
  try {
    await waitUntilReady(bin, port, server, () => log);
  } catch (error) {
    server.kill('SIGKILL');
    await waitForExit(server, STOP_TIMEOUT_MS);
    throw error;
  }
  return server;
}

/** Starts the postmaster on a free port (or `port`), retrying when another process takes it first. */
async function launchOnPort(bin, dataDir, root, port, account, durable) {
  for (let attempt = 1; ; attempt++) {
    const tryPort = port ?? (await freePort());
    try {
      return { server: await launch(bin, dataDir, root, tryPort, account, durable), port: tryPort };
    } catch (error) {
      // Another process may take a free port between our probe and the server's bind.
      if (port !== undefined || attempt >= START_ATTEMPTS) throw error;
    }
  }
}

/** A private temp folder PostgreSQL may write to, removed when this process exits. */
function privateRoot(account) {
  const root = mkdtempSync(join(tmpdir(), 'peer-groups-pg-'));
  if (account.uid !== undefined) chownSync(root, account.uid, account.gid);
  return root;
}

/** Asks the postmaster to stop: `SIGINT` is a fast shutdown, `SIGQUIT` an immediate one. */
async function signalAndWait(server, signal) {
  server.kill(signal);
  if (!(await waitForExit(server, STOP_TIMEOUT_MS))) {
    server.kill('SIGKILL');
    await waitForExit(server, STOP_TIMEOUT_MS);
  }
}

/**
 * A running cluster's controls. `stop()` shuts it down and deletes its folder (safe to call
 * twice); the folder is also removed when the process exits without calling `stop()`.
 */
function controls(cluster, url) {
  const removeNow = () => {
    const { server } = cluster;
    if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGQUIT');
    rmSync(cluster.root, { recursive: true, force: true });
  };
  process.once('exit', removeNow);
  let stopped;
  return {
    url,
    stop() {
      stopped ??= (async () => {
        process.removeListener('exit', removeNow);
        // SIGINT is PostgreSQL's fast shutdown: it ends sessions and exits cleanly.
        await signalAndWait(cluster.server, 'SIGINT');
        rmSync(cluster.root, { recursive: true, force: true });
      })();
      return stopped;
    },
    async crash() {
      // An immediate shutdown: the postmaster and every backend quit at once, writing nothing
      // more (WAL buffers included), as after a kill -9; the next start recovers from the WAL.
      await signalAndWait(cluster.server, 'SIGQUIT');
    },
    async restart() {
      if (cluster.server.exitCode === null && cluster.server.signalCode === null) {
        await signalAndWait(cluster.server, 'SIGINT');
      }
      cluster.server = await launch(
        cluster.bin,
        cluster.dataDir,
        cluster.root,
        cluster.port,
        cluster.account,
        cluster.durable,
      );
    },
    async replicate() {
      const root = privateRoot(cluster.account);
      const dataDir = join(root, 'data');
      try {
        // -R writes the standby settings, so the copy starts as a streaming hot standby.
        const copied = await runQuietly(
          join(cluster.bin, 'pg_basebackup'),
          [
            '-h',
            '127.0.0.1',
            '-p',
            String(cluster.port),
            '-U',
            'postgres',
            '-D',
            dataDir,
            '-R',
            '-X',
            'stream',
            // Without it pg_basebackup waits for the next scheduled checkpoint, minutes away.
            '--checkpoint=fast',
            '--no-sync',
          ],
          { ...cluster.account, env: { ...process.env, LC_ALL: 'C' } },
        );
        if (copied.code !== 0) {
          throw new PostgresSetupError(`pg_basebackup failed:\n${copied.output.slice(-2000)}`);
        }
        const replica = { ...cluster, root, dataDir };
        Object.assign(
          replica,
          await launchOnPort(
            cluster.bin,
            dataDir,
            root,
            undefined,
            cluster.account,
            cluster.durable,
          ),
        );
        return controls(replica, url.replace(`:${cluster.port}/`, `:${replica.port}/`));
      } catch (error) {
        rmSync(root, { recursive: true, force: true });
        throw error;
      }
    },
  };
}

/**
 * Starts a private PostgreSQL server for tests or benchmarks and creates one database in it.
 *
 * The cluster lives in a new temp directory, listens on 127.0.0.1 only (on `port`, or a free
 * port) with its unix socket inside that directory, and trusts local connections. When the
 * server binaries are missing and this process runs as root on a machine with apt-get, Debian's
 * `postgresql` package is installed first. As root, the cluster runs as the `postgres` user.
 *
 * @param {{ port?: number, database?: string, durable?: boolean }} [options]
 *   `port`: listen here instead of on a free port. `database` (default `peer_groups`): the
 *   database to create. `durable` (default `false`): keep fsync and synchronous commit on, for
 *   benchmarks that should pay what production pays and tests of what survives a crash.
 * @returns {Promise<import('./postgres.d.mts').RunningPostgres>} `url` connects as the
 *   `postgres` superuser; `stop()` shuts the server down and deletes the cluster (safe to call
 *   twice); `crash()` stops it as a kill -9 would and `restart()` starts it again on the same
 *   data and port; `replicate()` starts a streaming hot standby of it. The cluster is also
 *   removed when the process exits without calling `stop()`.
 */
export async function startPostgres(options = {}) {
  const database = options.database ?? 'peer_groups';
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) {
    throw new PostgresSetupError(
      `"${database}" is not a plain database name: use lowercase letters, digits and "_".`,
    );
  }
  const bin = await ensureBinDir();
  const account = serverAccount();
  const root = privateRoot(account);
  const dataDir = join(root, 'data');
  const durable = options.durable === true;
  const cluster = { bin, account, root, dataDir, durable, server: undefined, port: undefined };
  const removeNow = () => {
    if (cluster.server?.exitCode === null && cluster.server.signalCode === null) {
      cluster.server.kill('SIGQUIT');
    }
    rmSync(root, { recursive: true, force: true });
  };
  try {
    const init = await runQuietly(
      join(bin, 'initdb'),
      ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
      { ...account, env: { ...process.env, LC_ALL: 'C' } },
    );
    if (init.code !== 0) {
      throw new PostgresSetupError(`initdb failed:\n${init.output.slice(-2000)}`);
    }
    Object.assign(cluster, await launchOnPort(bin, dataDir, root, options.port, account, durable));
    const created = await runQuietly(join(bin, 'createdb'), [
      '-h',
      '127.0.0.1',
      '-p',
      String(cluster.port),
      '-U',
      'postgres',
      database,
    ]);
    if (created.code !== 0) {
      throw new PostgresSetupError(`createdb failed:\n${created.output.slice(-2000)}`);
    }
  } catch (error) {
    removeNow();
    throw error;
  }
  return controls(cluster, `postgres://postgres@127.0.0.1:${cluster.port}/${database}`);
}
