// A fresh WordPress of Debian's packages on 127.0.0.1, private to the test: its own MariaDB
// (data directory and socket under DIR), its own Apache (a config of its own: one Listen, no
// system site touched), its own wp-content (Debian's themes linked in), and a config file
// /etc/wordpress/config-NAME.php picked by SetEnv WORDPRESS_CONFIG (Debian's wp-config.php).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

export const PACKAGES = ['wordpress', 'mariadb-server', 'apache2', 'libapache2-mod-php', 'php-mysql', 'php-cli', 'wordpress-theme-twentytwentythree', 'wordpress-theme-twentytwentyone', 'gettext'];

export function missingPackages() {
  return PACKAGES.filter((name) => {
    try {
      return !execFileSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('install ok installed');
    } catch {
      return true;
    }
  });
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class Site {
  /** `wordpress`: the folder with wp-load.php (Debian's package, or test/wordpress/current.mjs's). */
  constructor({ port = 8301, dbPort = 8302, wordpress = '/usr/share/wordpress' } = {}) {
    this.wordpress = wordpress;
    this.port = port;
    this.dbPort = dbPort;
    this.name = `wisgtest${port}`;
    this.dir = `/tmp/wisg-wordpress-${port}`;
    this.url = `http://127.0.0.1:${port}`;
    this.configFile = `/etc/wordpress/config-${this.name}.php`;
    this.processes = [];
  }

  async start() {
    if (this.stopLeftovers()) await wait(2000);
    rmSync(this.dir, { recursive: true, force: true });
    const content = join(this.dir, 'wp-content');
    for (const sub of ['db', 'run', 'wp-content/plugins', 'wp-content/themes', 'wp-content/uploads', 'wp-content/languages']) mkdirSync(join(this.dir, sub), { recursive: true });
    for (const theme of ['twentytwentythree', 'twentytwentyone']) symlinkSync(`/usr/share/wordpress/wp-content/themes/${theme}`, join(content, 'themes', theme));
    // A site language needs its file in wp-content/languages before WordPress accepts it; no
    // language pack can be downloaded here, so Georgian core is a header-only .mo.
    execFileSync('msgfmt', ['-o', join(content, 'languages/ka_GE.mo'), '-'], {
      input: 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ka_GE\\n"\n',
    });
    execFileSync('chown', ['-R', 'www-data:www-data', content]);
    execFileSync('chown', ['-R', 'mysql:mysql', join(this.dir, 'db'), join(this.dir, 'run')]);
    execFileSync('chmod', ['755', this.dir, join(this.dir, 'run')]);

    // MariaDB
    execFileSync('mariadb-install-db', ['--user=mysql', `--datadir=${this.dir}/db`, '--auth-root-authentication-method=socket', '--skip-test-db'], { stdio: 'ignore' });
    this.socket = join(this.dir, 'run/mysqld.sock');
    this.processes.push(
      this.spawn('mariadbd', [
        '--no-defaults',
        '--user=mysql',
        `--datadir=${this.dir}/db`,
        `--socket=${this.socket}`,
        `--port=${this.dbPort}`,
        '--bind-address=127.0.0.1',
        `--pid-file=${this.dir}/run/mysqld.pid`,
        `--log-error=${this.dir}/mysqld.log`,
        '--innodb-buffer-pool-size=64M',
        '--skip-log-bin',
      ]),
    );
    for (let i = 0; !existsSync(this.socket); i++) {
      if (i > 100) throw new Error(`MariaDB did not start: ${readFileSync(`${this.dir}/mysqld.log`, 'utf8').slice(-2000)}`);
      await wait(100);
    }
    this.sql("CREATE DATABASE wisg; CREATE USER 'wisg'@'localhost' IDENTIFIED BY 'wisg'; GRANT ALL ON wisg.* TO 'wisg'@'localhost';");

    // WordPress's config, picked by SetEnv below
    const salt = () => randomBytes(24).toString('hex');
    const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
    writeFileSync(
      this.configFile,
      `<?php
// Written by test/wordpress/site.mjs for its own site on ${this.url}; removed when the test ends.
define('DB_NAME', 'wisg');
define('DB_USER', 'wisg');
define('DB_PASSWORD', 'wisg');
define('DB_HOST', 'localhost:${this.socket}');
define('WP_HOME', '${this.url}');
define('WP_SITEURL', '${this.url}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${this.url}/wp-content');
define('FS_METHOD', 'direct');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${this.dir}/debug.log');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
${keys.map((key) => `define('${key}', '${salt()}');`).join('\n')}
$table_prefix = 'wp_';
`,
    );

    // Apache, in the foreground as our child
    const modules = '/usr/lib/apache2/modules';
    const php = execFileSync('sh', ['-c', `ls ${modules}/libphp*.so | head -1`], { encoding: 'utf8' }).trim();
    const conf = join(this.dir, 'apache.conf');
    writeFileSync(
      conf,
      `ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:${this.port}
PidFile ${this.dir}/run/apache.pid
Mutex file:${this.dir}/run default
DefaultRuntimeDir ${this.dir}/run
User www-data
Group www-data
ErrorLog ${this.dir}/apache-error.log
LogLevel warn
LoadModule mpm_prefork_module ${modules}/mod_mpm_prefork.so
LoadModule authz_core_module ${modules}/mod_authz_core.so
LoadModule dir_module ${modules}/mod_dir.so
LoadModule mime_module ${modules}/mod_mime.so
LoadModule env_module ${modules}/mod_env.so
LoadModule alias_module ${modules}/mod_alias.so
LoadModule php_module ${php}
# The test's fetch() keeps connections for reuse; an idle one that Apache closes as it is reused
# fails with "other side closed" (seen on a busy machine): one request per connection.
KeepAlive Off
StartServers 4
MinSpareServers 2
MaxSpareServers 6
MaxRequestWorkers 12
TypesConfig /etc/mime.types
DocumentRoot ${this.wordpress}
DirectoryIndex index.php index.html
SetEnv WORDPRESS_CONFIG ${this.name}
Alias /wp-content ${content}
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${this.wordpress}>
  Options FollowSymLinks
  Require all granted
  # What WordPress's rewrite rules do: addresses that are not files go to index.php
  # (/favicon.ico, pretty permalinks).
  FallbackResource /index.php
</Directory>
<Directory ${content}>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory /usr/share/wordpress/wp-content/themes>
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
<Directory ${content}/uploads>
  <FilesMatch "\\.php$">
    SetHandler none
  </FilesMatch>
</Directory>
`,
    );
    this.processes.push(this.spawn('/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND']));
    for (let i = 0; ; i++) {
      try {
        await fetch(`${this.url}/wp-includes/images/blank.gif`);
        break;
      } catch {
        if (i > 100) throw new Error(`Apache did not start: ${readFileSync(`${this.dir}/apache-error.log`, 'utf8').slice(-2000)}`);
        await wait(100);
      }
    }
  }

  spawn(command, args) {
    // Detached: Apache's prefork parent signals its whole process group when it stops.
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    child.stderr.on('data', (chunk) => (child.errorText = (child.errorText ?? '') + chunk));
    return child;
  }

  sql(statements) {
    return execFileSync('mariadb', [`--socket=${this.socket}`, '-u', 'root', '-N', '-e', statements], { encoding: 'utf8' });
  }

  /** test/wordpress/wp.php COMMAND ARGS…, its JSON answer. */
  php(command, ...args) {
    const out = execFileSync('php', [join(import.meta.dirname, 'wp.php'), this.name, command, ...args], { encoding: 'utf8', env: { ...process.env, WISG_WORDPRESS: this.wordpress } });
    return JSON.parse(out.slice(out.indexOf('{')));
  }

  /** WordPress's installer, as a browser posts it. */
  async install(adminPassword) {
    const body = new URLSearchParams({
      weblog_title: 'WISG',
      user_name: 'admin',
      admin_password: adminPassword,
      admin_password2: adminPassword,
      pw_weak: '1',
      admin_email: 'admin@example.org',
      blog_public: '0',
      language: '',
    });
    const response = await fetch(`${this.url}/wp-admin/install.php?step=2`, { method: 'POST', body });
    const html = await response.text();
    if (!/Success!|wp-login\.php/.test(html)) throw new Error(`WordPress did not install: ${html.slice(0, 2000)}`);
  }

  /** The last lines of the site's logs, for a failure's report. */
  logs() {
    const tail = (file) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-30).join('\n') : '');
    return `--- apache\n${tail(`${this.dir}/apache-error.log`)}\n--- php (debug.log)\n${tail(`${this.dir}/debug.log`)}`;
  }

  debugLog() {
    return existsSync(`${this.dir}/debug.log`) ? readFileSync(`${this.dir}/debug.log`, 'utf8') : '';
  }

  async stop() {
    for (const child of this.processes.reverse()) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, wait(15_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    this.processes = [];
    rmSync(this.configFile, { force: true });
  }

  /** A run that was killed may have left its servers: stop them by the PIDs they wrote. */
  stopLeftovers() {
    let found = false;
    for (const file of ['apache.pid', 'mysqld.pid']) {
      const path = join(this.dir, 'run', file);
      if (!existsSync(path)) continue;
      const pid = Number(readFileSync(path, 'utf8'));
      try {
        if (pid > 1) process.kill(pid, 'SIGTERM');
        found = true;
      } catch {
        // Already gone.
      }
    }
    return found;
  }
}
