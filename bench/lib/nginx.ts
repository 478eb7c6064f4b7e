/**
 * nginx (and php-fpm for MediaWiki) configured under a temporary directory, listening on
 * loopback ports only: a static-file server for the ceiling and MediaWiki's index.php.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, type Started } from './processes.ts';

export interface NginxSites {
  /** Serves `staticRoot`'s files; /wiki/TITLE is the file `wiki/TITLE` as text/html. */
  staticPort?: number;
  staticRoot?: string;
  /** Serves MediaWiki from `mediawikiRoot` through php-fpm at `fpmSocket`. */
  mediawikiPort?: number;
  mediawikiRoot?: string;
  fpmSocket?: string;
}

export function nginxConfig(dir: string, sites: NginxSites): string {
  const servers: string[] = [];
  if (sites.staticPort) {
    servers.push(`  server {
    listen 127.0.0.1:${sites.staticPort};
    root ${sites.staticRoot};
    location / { default_type text/html; }
  }`);
  }
  if (sites.mediawikiPort) {
    servers.push(`  server {
    listen 127.0.0.1:${sites.mediawikiPort};
    root ${sites.mediawikiRoot};
    location /wiki/ { rewrite ^/wiki/(.*)$ /index.php?title=$1 last; }
    location ~ \\.php$ {
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
      fastcgi_pass unix:${sites.fpmSocket};
    }
  }`);
  }
  return `worker_processes 2;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'nginx-error.log')};
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  keepalive_requests 100000;
  client_body_temp_path ${join(dir, 'body')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  proxy_temp_path ${join(dir, 'proxy')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
${servers.join('\n')}
}
`;
}

export function phpFpmConfig(dir: string, socket: string, configFile: string, children: number): string {
  return `[global]
pid = ${join(dir, 'php-fpm.pid')}
error_log = ${join(dir, 'php-fpm.log')}
daemonize = no
[mediawiki]
user = root
listen = ${socket}
listen.mode = 0666
pm = static
pm.max_children = ${children}
env[MW_CONFIG_FILE] = ${configFile}
php_admin_value[memory_limit] = 512M
`;
}

export function startNginx(dir: string, sites: NginxSites): Started {
  mkdirSync(dir, { recursive: true });
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConfig(dir, sites));
  return start('nginx', ['-c', conf, '-p', dir, '-g', 'daemon off;']);
}

export function startPhpFpm(dir: string, socket: string, configFile: string, children: number): Started {
  mkdirSync(dir, { recursive: true });
  const conf = join(dir, 'php-fpm.conf');
  writeFileSync(conf, phpFpmConfig(dir, socket, configFile, children));
  return start(process.env.PHP_FPM ?? 'php-fpm8.2', ['--nodaemonize', '--allow-to-run-as-root', '--fpm-config', conf]);
}
