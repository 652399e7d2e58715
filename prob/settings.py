"""PROB settings, read from environment variables (documented in .env.example)."""

import os
from email.utils import parseaddr
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from exc


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

# A development key only when DEBUG is on; production must set its own.
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Set SECRET_KEY (or DEBUG=true for local development).")
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production-0123456789"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "simple_history",
    "axes",
    "django_htmx",
    "django_filters",
    "django_tasks_db",
    # Two-factor authentication (accounts/mfa.py): authenticator apps, recovery codes, passkeys.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
    "accounts",
    "meetings",
    "actions",
    "api",
    "agenda",
    "sso",
]

MIDDLEWARE = [
    "prob.middleware.RequestSizeLimitMiddleware",
    # No control characters in what any view reads from a query string (NUL breaks PostgreSQL).
    "prob.middleware.QueryStringCleanMiddleware",
    # No direction override in any posted text: it would show other than stored (prob/limits.py).
    "prob.middleware.PostedTextCleanMiddleware",
    # Database down: a friendly 503, for errors from views and the middleware below alike.
    "prob.middleware.DatabaseUnavailableMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # No LocaleMiddleware: the site has one language (LANGUAGES), which Django uses where
    # none is chosen; a second would bring it back above CommonMiddleware, and the language
    # into the front door's key.
    "django.middleware.common.CommonMiddleware",
    # Anonymous readers of published records, from memory (meetings/middleware.py): after
    # the SSL redirect and the host check above, below the 503 middleware; above everything
    # a kept copy has no use for (gzip, kept compressed; the session, never read for it).
    "meetings.middleware.PublishedRecordMiddleware",
    # Gzip for anonymous responses that carry no secret (prob/compression.py); above every
    # middleware that sets a cookie (session, CSRF, messages), which it must see.
    "prob.compression.PublicGZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Idle and absolute session limits: an ended session is flushed and the request signed out.
    "accounts.sessions_end.SessionLimitsMiddleware",
    # Two-factor required for the user's role and not set up: nothing but enrolment until it is.
    "accounts.mfa.EnrolmentRequiredMiddleware",
    # A save sent in place after the session ended: a sign-in prompt, not the sign-in page.
    "accounts.middleware.SignInInPlaceMiddleware",
    "prob.middleware.PrivateWhenSignedInMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A post-only address opened as a page: a page saying so, not a blank 405 (inside the
    # messages' middleware, whose messages that page shows; the policy's headers still added).
    "prob.middleware.PostOnlyPageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks, so that it sees the outcome of authentication.
    "axes.middleware.AxesMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "prob.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "meetings.context_processors.navigation",
            ],
        },
    },
]

WSGI_APPLICATION = "prob.wsgi.application"

# The embedded default is a SQLite file, so a fresh checkout runs with no server.
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'data' / 'prob.sqlite3'}")
DATABASES = {"default": dj_database_url.parse(DATABASE_URL)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Persistent connections, checked before reuse, so a database restart costs no request.
    DATABASES["default"]["CONN_MAX_AGE"] = env_int("CONN_MAX_AGE", 600)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    # A kept connection may prepare statements: psycopg prepares one a cursor binding its
    # values on the server has run this many times (only `prob/prepared.py`'s do; Django's
    # default cursors write the values into the SQL and never prepare). Not with connections
    # made per request (CONN_MAX_AGE 0, as behind a transaction-mode pooler, whose server
    # connections a prepared statement would not follow).
    if DATABASES["default"]["CONN_MAX_AGE"]:
        DATABASES["default"].setdefault("OPTIONS", {})
        DATABASES["default"]["OPTIONS"].setdefault("prepare_threshold", 5)
else:
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].setdefault("transaction_mode", "IMMEDIATE")
    # Writers queue for the lock rather than fail at once when several processes write.
    DATABASES["default"]["OPTIONS"].setdefault("timeout", 20)
    DATABASES["default"]["OPTIONS"].setdefault(
        "init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # No password for people of a domain tied to an identity provider (sso/backends.py).
    "sso.backends.NoPasswordForTiedDomains",
    "accounts.backends.EmailBackend",
    # A second factor's code or passkey, checked after the password (accounts/mfa.py).
    "accounts.backends.TwoFactorBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Argon2id first, as Django's documentation recommends (argon2-cffi; Django's parameters: 100 MiB,
# two passes, eight lanes): new passwords are hashed with it, and a PBKDF2 hash made before is
# still accepted and rehashed with Argon2 at the user's next sign-in. On the build machine it
# costs about 60 % of the CPU time of PBKDF2-SHA256 at Django's 1,500,000 iterations.
DEFAULT_PASSWORD_HASHERS = (
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
)
PASSWORD_HASHERS = env_list("PASSWORD_HASHERS", ",".join(DEFAULT_PASSWORD_HASHERS))
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# Database sessions, whose save reports an unreachable database as such (prob/sessions.py).
SESSION_ENGINE = "prob.sessions"
# Sign-out after inactivity: the expiry is pushed back whenever the session is saved, which
# SessionLimitsMiddleware does when it moves the last activity (at most once a
# SESSION_ACTIVITY_SECONDS), not on every request.
SESSION_COOKIE_AGE = env_int("SESSION_IDLE_SECONDS", 8 * 60 * 60)
SESSION_SAVE_EVERY_REQUEST = False
SESSION_EXPIRE_AT_BROWSER_CLOSE = False
# Sessions that end (accounts/sessions_end.py): idle minutes for the secretariat and
# administrators, for everyone else, an absolute age whatever the activity, and how long
# before the idle limit the page warns.
SESSION_IDLE_MINUTES_STAFF = env_int("SESSION_IDLE_MINUTES_STAFF", 30)
SESSION_IDLE_MINUTES = env_int("SESSION_IDLE_MINUTES", SESSION_COOKIE_AGE // 60)
SESSION_MAX_AGE_HOURS = env_int("SESSION_MAX_AGE_HOURS", 12)
SESSION_WARNING_SECONDS = env_int("SESSION_WARNING_SECONDS", 120)
# The last activity kept in the session moves when it is this old (and on "Stay signed in"):
# a request within it writes nothing. A session so ends between the idle limit less this and
# the idle limit after its last request; the page's warning comes at least this much before.
SESSION_ACTIVITY_SECONDS = env_int("SESSION_ACTIVITY_SECONDS", 60)

# Login throttling: lock a username from one address after repeated failures, for a while,
# and the address itself after more failures over any usernames (accounts/throttling.py).
AXES_HANDLER = "accounts.throttling.SignInThrottle"
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_ADDRESS_FAILURE_LIMIT = env_int("AXES_ADDRESS_FAILURE_LIMIT", 20)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "username"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
# Every failed sign-in is kept (who tried, from where, when) for the audit trail.
AXES_ENABLE_ACCESS_FAILURE_LOG = True
# Masked in the form data axes keeps: the password change form's fields (a wrong current
# password counts as a failed sign-in) as well as axes' own defaults.
AXES_SENSITIVE_PARAMETERS = [
    "username",
    "ip_address",
    "old_password",
    "new_password1",
    "new_password2",
    # Single sign-on's callback (sso.views): the one-use code and state of a failed answer.
    "state",
    "code",
]
AXES_VERBOSE = False
# How many trusted proxies stand in front of the app: the client address (prob/client_ip.py,
# for sign-in throttling and password reset limits) is read past them.
PROXY_COUNT = env_int("PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "prob.client_ip.client_ip"
AXES_ENABLED = env_bool("AXES_ENABLED", True)
# Password reset emails a client may ask for, and one address may receive, in an hour.
PASSWORD_RESET_LIMIT_PER_ADDRESS = env_int("PASSWORD_RESET_LIMIT_PER_ADDRESS", 3)
PASSWORD_RESET_LIMIT_PER_CLIENT = env_int("PASSWORD_RESET_LIMIT_PER_CLIENT", 20)

# Two-factor authentication (accounts/mfa.py, README "Two-factor authentication"): the roles
# that must set it up before doing anything else (secretariat, board_member, action_owner,
# admin; empty: none). Production requires it of the secretariat and administrators unless
# told otherwise; development (DEBUG) requires it of no one unless the setting says so.
MFA_REQUIRED_ROLES = env_list("MFA_REQUIRED_ROLES", "" if DEBUG else "secretariat,admin")
_MFA_ROLES = {"secretariat", "board_member", "action_owner", "admin"}
if set(MFA_REQUIRED_ROLES) - _MFA_ROLES:
    raise ImproperlyConfigured(
        f"MFA_REQUIRED_ROLES names no such role: {sorted(set(MFA_REQUIRED_ROLES) - _MFA_ROLES)}; "
        f"choose from {sorted(_MFA_ROLES)}"
    )
# Minutes between the password and the second factor before the password must be given again.
MFA_PENDING_MINUTES = env_int("MFA_PENDING_MINUTES", 5)
# Minutes after a sign-in or a proof of presence (the password, a code or a passkey given
# again) during which two-factor methods may be added, replaced or removed without another.
MFA_REAUTH_MINUTES = env_int("MFA_REAUTH_MINUTES", 10)
# The issuer authenticator apps show beside the code.
OTP_TOTP_ISSUER = "PROB"
# The Django admin lists devices without their keys (or a QR code of one).
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# Console in development, so a fresh checkout prints password-reset emails; SMTP otherwise.
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
MAILERS = {"default": {"BACKEND": EMAIL_BACKEND}}
if EMAIL_BACKEND.endswith("smtp.EmailBackend"):
    MAILERS["default"]["OPTIONS"] = {
        "host": env_str("EMAIL_HOST", "localhost"),
        "port": env_int("EMAIL_PORT", 25),
        "username": env_str("EMAIL_HOST_USER"),
        "password": env_str("EMAIL_HOST_PASSWORD"),
        "use_tls": env_bool("EMAIL_USE_TLS", False),
        "timeout": 30,
    }
del EMAIL_BACKEND
# Work that must not hold up a request (email above all) goes through Django's task framework:
# run at once in development and tests (TASKS_BACKEND=django.tasks.backends.immediate.
# ImmediateBackend), queued in the database for `manage.py db_worker` in production.
TASKS = {
    "default": {
        "BACKEND": env_str(
            "TASKS_BACKEND",
            "django.tasks.backends.immediate.ImmediateBackend"
            if DEBUG
            else "django_tasks_db.DatabaseBackend",
        ),
    }
}

DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "PROB <prob@localhost>")

LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en-gb", "English")]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# Reasons are kept whole in the history (up to prob.limits.REASON), not cut to 100 characters.
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

STATIC_URL = "static/"
# Where `collectstatic` gathers the files that production serves.
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploaded files PROB keeps (the originals records were imported from), through Django's
# storage API: files under MEDIA_ROOT by default. PROB serves them itself, with the record's
# access rules, so MEDIA_ROOT must never be served by the web server (no MEDIA_URL).
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "data" / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": env_str(
            "STATICFILES_BACKEND", "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
if DEBUG:
    STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"

# Rendered records (meetings.artefacts) are cached where every web process sees them when
# REDIS_URL is set (Django's Redis backend); without it each process keeps its own in memory,
# and the database, which every process shares, holds each rendering made.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "prob.cache.RedisCache",  # Django's, its client kept (prob/cache.py)
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "prob"),
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 500},
        }
    }

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# No request body over this is read at all (413); uploads of minutes are far smaller.
MAX_REQUEST_BYTES = env_int("MAX_REQUEST_BYTES", 10 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# A paper on an agenda (agenda.files) may be at most this large; it must fit in a request.
AGENDA_PAPER_MAX_BYTES = env_int("AGENDA_PAPER_MAX_BYTES", 8 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# An uploaded Word or PDF file is read in a child process killed after this many seconds, with
# at most this much memory (meetings/minutes/sandbox.py): no file can hold a worker longer.
IMPORT_READ_SECONDS = env_int("IMPORT_READ_SECONDS", 5)
IMPORT_READ_MEMORY_MB = env_int("IMPORT_READ_MEMORY_MB", 512)

# No inline scripts or styles anywhere; every asset is served from this site.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Production (DEBUG off) sits behind a TLS-terminating proxy.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = SECURE_HSTS_SECONDS > 0
if env_bool("BEHIND_TLS_PROXY", not DEBUG):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# Unset, links lead to where bin/run serves: PROB_ADDRESS, runserver's "port" or "address:port".
_RUN_ADDRESS = env_str("PROB_ADDRESS", "127.0.0.1:8000")
if ":" not in _RUN_ADDRESS:
    _RUN_ADDRESS = f"127.0.0.1:{_RUN_ADDRESS}"
SITE_URL = env_str("SITE_URL", f"http://{_RUN_ADDRESS}")
# Passkeys (django-otp-webauthn): the relying party is the host the page was reached by (one of
# ALLOWED_HOSTS), its origin the page's own (accounts/passkeys.py). The library's check wants
# a list of origins even so: the site's own.
OTP_WEBAUTHN_RP_NAME = "PROB"
OTP_WEBAUTHN_RP_ID_CALLABLE = "accounts.passkeys.relying_party_id"
OTP_WEBAUTHN_HELPER_CLASS = "accounts.passkeys.PasskeyHelper"
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
OTP_WEBAUTHN_ALLOWED_ORIGINS = [
    SITE_URL.rstrip("/") if SITE_URL.startswith("https://") else "http://localhost"
]

# The public body that runs this site, named in its accessibility statement and privacy
# notice (/accessibility/, /privacy/), with the addresses people write to about each.
SITE_OWNER_NAME = env_str("SITE_OWNER_NAME", "Mayor's Office for Policing and Crime")
SITE_OWNER_EMAIL = env_str("SITE_OWNER_EMAIL", parseaddr(DEFAULT_FROM_EMAIL)[1])
ACCESSIBILITY_CONTACT = env_str("ACCESSIBILITY_CONTACT", SITE_OWNER_EMAIL)
DATA_PROTECTION_CONTACT = env_str("DATA_PROTECTION_CONTACT", SITE_OWNER_EMAIL)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # django-axes logs every sign-in at INFO; failures still come through as warnings.
    # WeasyPrint reports each step of every PDF, and each CSS rule it skips.
    "loggers": {"axes": {"level": "WARNING"}, "weasyprint": {"level": "ERROR"}},
}
