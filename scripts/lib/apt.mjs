// Installs Debian packages the tests need (Chromium, PostgreSQL) on a fresh machine. Node
// built-ins only: it runs before the workspace's dependencies are installed.
import { spawnSync } from 'node:child_process';
import { hasCommand, isRoot } from './run.mjs';

/** A system package could not be installed; the message says what to run instead. */
export class SystemPackageError extends Error {
  name = 'SystemPackageError';
}

// Several test runners may need a package at once: each waits for dpkg's lock in turn.
const LOCK_WAIT = ['-o', 'DPkg::Lock::Timeout=600'];

/** Whether this process can install Debian packages itself. */
export function canInstallPackages() {
  return isRoot() && hasCommand('apt-get');
}

/**
 * Installs `packages` with apt-get, refreshing the package lists first (a fresh machine's lists
 * may be empty or stale). Throws {@link SystemPackageError} naming the command to run by hand.
 */
export function aptInstall(packages, purpose) {
  const manual = `apt-get install -y ${packages.join(' ')}`;
  if (!canInstallPackages()) {
    throw new SystemPackageError(
      `${purpose} needs ${packages.join(', ')}, which is missing. Install it with "sudo ${manual}" and run again.`,
    );
  }
  console.log(`${purpose} needs ${packages.join(', ')}: installing Debian's packages...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    [...LOCK_WAIT, 'update'],
    [...LOCK_WAIT, 'install', '-y', ...packages],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      throw new SystemPackageError(
        `"apt-get ${args.slice(LOCK_WAIT.length).join(' ')}" failed (see its output above). Install the packages yourself with "${manual}" and run again.`,
      );
    }
  }
}
