// Installs Debian packages when we can (root on Debian): how a fresh machine or CI gets its test browsers.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function canInstallWithApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** @param {string[]} packages */
export function installWithApt(packages) {
  console.log(`Installing Debian’s ${packages.join(' and ')} with apt-get (running as root)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}
