// Current WordPress for `node test/wordpress/run.mjs --wordpress=current`: Debian unstable's
// `wordpress` package (the newest release Debian carries; bookworm's is 6.1) and the packages it
// links files from (PHPMailer, getID3, jQuery UI, Lodash, Underscore, Cropper), fetched with
// apt-get from Debian's archive and unpacked, not installed: the machine's own packages stay as
// they are, and the site runs on them (PHP, Apache and MariaDB of test/wordpress/site.mjs).
// apt keeps its lists and downloads for this under DIR/apt, so nothing of the system's apt
// configuration changes; each version is unpacked once, in DIR/<version>/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What Debian's `wordpress` links its bundled libraries to (its Depends). */
const LINKED = ['libphp-phpmailer', 'php-getid3', 'libjs-jquery-ui', 'libjs-lodash', 'libjs-underscore', 'libjs-cropper'];

/**
 * Unpacks Debian unstable's WordPress into `dir` (once per version) and returns where it is.
 * @returns {{ root: string, version: string }} root: the folder with wp-load.php
 */
export function currentWordPress({ dir = '/var/cache/wisg-wordpress', suite = 'sid', log = () => {} } = {}) {
  const apt = join(dir, 'apt');
  for (const sub of ['lists/partial', 'cache/archives/partial', 'debs']) mkdirSync(join(apt, sub), { recursive: true });
  writeFileSync(join(apt, 'sources.list'), `deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian ${suite} main\n`);
  const options = [
    `-o Dir::Etc::sourcelist=${join(apt, 'sources.list')}`,
    '-o Dir::Etc::sourceparts=-',
    `-o Dir::State::Lists=${join(apt, 'lists')}`,
    `-o Dir::Cache=${join(apt, 'cache')}`,
    // The downloads go to a folder of root's: apt's own user need not read it.
    '-o APT::Sandbox::User=root',
  ].flatMap((option) => option.split(' '));
  const run = (command, args, cwd) => execFileSync(command, [...options, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  log(`Debian ${suite}'s package lists`);
  run('apt-get', ['-qq', 'update']);
  const version = run('apt-cache', ['show', '--no-all-versions', 'wordpress']).match(/^Version: (.+)$/m)[1];
  const upstream = version.replace(/\+dfsg.*$/, '').replace(/^\d+:/, '');
  const target = join(dir, upstream);
  const root = join(target, 'usr/share/wordpress');
  if (!existsSync(join(root, 'wp-load.php'))) {
    log(`WordPress ${version} from Debian ${suite}`);
    const debs = join(apt, 'debs');
    for (const file of readdirSync(debs)) rmSync(join(debs, file));
    run('apt-get', ['-qq', 'download', 'wordpress', ...LINKED], debs);
    rmSync(target, { recursive: true, force: true });
    // Into one tree: the package's relative links (wp-includes/PHPMailer → ../../../php/libphp-phpmailer) resolve inside it.
    for (const file of readdirSync(debs)) execFileSync('dpkg-deb', ['-x', join(debs, file), target]);
  }
  return { root, version: upstream };
}
