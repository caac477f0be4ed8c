/**
 * What `apt-get install nginx` leaves on a Debian 12 disk that the simulated
 * server reads: the default site's page (615 bytes, byte for byte Debian's
 * /var/www/html/index.nginx-debian.html), the unit and its enablement link
 * (boot starts what multi-user.target wants), and the log directory.
 */

export const NGINX_VERSION = "1.22.1";

export const DEFAULT_PAGE = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

export const WEB_ROOT = "/var/www/html";
export const NGINX_UNIT = "/lib/systemd/system/nginx.service";
/** present when the service starts at boot (systemctl enable) */
export const NGINX_WANTS = "/etc/systemd/system/multi-user.target.wants/nginx.service";
export const ACCESS_LOG = "/var/log/nginx/access.log";

const UNIT = `[Unit]
Description=A high performance web server and a reverse proxy server
Documentation=man:nginx(8)
After=network.target nss-lookup.target

[Service]
Type=forking
PIDFile=/run/nginx.pid
ExecStartPre=/usr/sbin/nginx -t -q -g 'daemon on; master_process on;'
ExecStart=/usr/sbin/nginx -g 'daemon on; master_process on;'
ExecReload=/usr/sbin/nginx -g 'daemon on; master_process on;' -s reload
ExecStop=-/sbin/start-stop-daemon --quiet --stop --retry QUIT/5 --pidfile /run/nginx.pid
TimeoutStopSec=5
KillMode=mixed

[Install]
WantedBy=multi-user.target
`;

/** path -> text, written by the lab builder before the first boot */
export function webServerFiles(): Record<string, string> {
  return {
    [`${WEB_ROOT}/index.nginx-debian.html`]: DEFAULT_PAGE,
    [NGINX_UNIT]: UNIT,
    [NGINX_WANTS]: UNIT,
    [ACCESS_LOG]: "",
  };
}
