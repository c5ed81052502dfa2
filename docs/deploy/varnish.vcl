vcl 4.1;
#
# Varnish 7 (Debian's `varnish` package) in front of the application: the proxy layer of the
# anonymous page cache (docs/caching.md). The application decides what may be kept: a cacheable
# anonymous page answers `Cache-Control: public, max-age=0, s-maxage=<PROXY_CACHE_SECONDS>`,
# everything else `private, no-cache`; this file only enforces that and adds purging.
#
# Pointing it at the application
#   One instance: set .host/.port of `backend app1` below to cms.server's GRANIAN_HOST/PORT
#   (127.0.0.1:8000 by default). Several instances (scale-out): copy the block once per
#   instance (`backend app2 { .host = "10.0.0.12"; .port = "8000"; .probe = app_health; }`) and
#   add each to the round-robin director in vcl_init (`app.add_backend(app2);`). Instances must
#   share the database, Redis and the media storage (docs/deploy.md).
#   The health probe sends `Host: localhost`: put the site's host name there (it must be in
#   DJANGO_ALLOWED_HOSTS). It says X-Forwarded-Proto: https so the HTTPS redirect lets it in.
#   Start: varnishd -f /etc/varnish/varnish.vcl -a :6081 -s malloc,256m
#   and set FRONTEND_CACHE_PURGE_URL=http://127.0.0.1:6081 for the application, so that
#   wagtail.contrib.frontend_cache sends its PURGE requests here.
#
# Who may purge
#   Only addresses in `acl purgers` (localhost by default). If the application runs on other
#   hosts than the proxy, add their addresses there.
#
# Decisions
#   - Only GET and HEAD are looked up; everything else goes straight to the application.
#   - /admin/, /documents/ (restricted downloads are checked per request), "/" (redirects by
#     Accept-Language) and any request carrying a session or an Authorization header are
#     passed. /api/ and the rest are kept exactly as long as their Cache-Control allows.
#   - Other cookies (csrftoken, language, analytics leftovers) are removed from anonymous
#     requests so they share one cached copy; the pages they get carry no form tokens.
#   - A response is stored only with an explicit s-maxage or max-age > 0 and never with
#     Set-Cookie or Cache-Control private/no-cache/no-store. Vary from the application is kept.
#   - Tracking parameters (utm_*, fbclid, gclid) are dropped before lookup; the order of the
#     remaining query parameters is left alone, because listing filters are meaningful.
#   - PURGE of a path bans that path on that host with any query string (paginated and filtered
#     listings); PURGE with a query string bans exactly that URL; PURGE of `/de/*` bans
#     everything below /de/ (as CloudFront reads it). Bans only test obj.http.* headers set
#     below, so the ban lurker can clear them in the background. Host names are compared
#     without port and in lower case.
#   - Banned objects are never served, not even as grace. Stale content is served only while
#     the application is sick (health probe on /health/).

import directors;
import std;

probe app_health {
    .request =
        "GET /health/ HTTP/1.1"
        "Host: localhost"
        "X-Forwarded-Proto: https"
        "Connection: close";
    .interval = 5s;
    .timeout = 2s;
    .window = 5;
    .threshold = 3;
    .initial = 3;
}

backend app1 {
    .host = "127.0.0.1";
    .port = "8000";
    .probe = app_health;
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app1);
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.backend_hint = app.backend();

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Purging not allowed from this address"));
        }
        set req.http.x-ban-host = std.tolower(regsub(req.http.host, ":[0-9]+$", ""));
        if (req.url ~ "/\*$") {
            # Everything below a path (a whole language after a change that shows everywhere).
            set req.http.x-ban = "obj.http.x-cache-path ~ ^"
                + regsuball(regsub(req.url, "\*$", ""), "\.", "\\.");
        } elsif (req.url ~ "\?") {
            set req.http.x-ban = "obj.http.x-cache-url == " + req.url;
        } else {
            set req.http.x-ban = "obj.http.x-cache-path == " + req.url;
        }
        if (!std.ban("obj.http.x-cache-host == " + req.http.x-ban-host
                     + " && " + req.http.x-ban)) {
            return (synth(400, std.ban_error()));
        }
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }

    # Tracking parameters would split one page into countless cache entries.
    if (req.url ~ "[?&](utm_[A-Za-z_]+|fbclid|gclid)=") {
        set req.url = regsuball(req.url, "([?&])(utm_[A-Za-z_]+|fbclid|gclid)=[^&]*", "\1");
        set req.url = regsuball(req.url, "([?&])&+", "\1");
        set req.url = regsub(req.url, "[?&]+$", "");
    }

    if (req.url ~ "^/(admin|documents)/" || req.url ~ "^/(\?|$)") {
        return (pass);
    }
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    unset req.http.Cookie;

    # Stale copies only while the application is down.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 0s;
    }
    return (hash);
}

sub vcl_hash {
    # An http:// request gets production's redirect to https://, never the https:// page (the
    # built-in vcl_hash adds URL and host after this).
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
    # Ban keys (see vcl_recv); removed again in vcl_deliver.
    set beresp.http.x-cache-host = std.tolower(regsub(bereq.http.host, ":[0-9]+$", ""));
    set beresp.http.x-cache-url = bereq.url;
    set beresp.http.x-cache-path = regsub(bereq.url, "\?.*$", "");

    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(?i)(private|no-cache|no-store)"
        || beresp.http.Cache-Control !~ "(?i)(s-maxage|max-age)=[1-9]"
        || beresp.http.Vary == "*") {
        # Hit-for-miss: not stored, and the next request goes to the application again.
        set beresp.ttl = 10s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    set beresp.grace = 6h;
    return (deliver);
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.x-cache-host;
    unset resp.http.x-cache-url;
    unset resp.http.x-cache-path;
}
