"""Settings, all from environment variables (see README "Configuration").

The defaults give a safe-by-default embedded node: SQLite in ./var, DEBUG off, MFA mandatory.
`make demo` sets REINTEGRA_DEMO=1, which relaxes only what a laptop demo needs.
"""

import os
import secrets
import sys
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEMO = env_bool("REINTEGRA_DEMO")
TESTING = env_bool("REINTEGRA_TESTING") or "pytest" in sys.modules
DEBUG = env_bool("REINTEGRA_DEBUG")
DATA_DIR = Path(os.environ.get("REINTEGRA_DATA_DIR", BASE_DIR / "var"))


def _secret_key():
    """Production must set REINTEGRA_SECRET_KEY; a demo or test node keeps a random one in DATA_DIR."""
    key = os.environ.get("REINTEGRA_SECRET_KEY")
    if key:
        return key
    if not (DEMO or DEBUG or TESTING):
        raise RuntimeError("REINTEGRA_SECRET_KEY must be set (see README, Configuration).")
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("REINTEGRA_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("REINTEGRA_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Before allauth: our templates and translations override its defaults.
    "reintegra.core",
    "reintegra.people",
    "reintegra.assessments",
    "reintegra.plans",
    "reintegra.programmes",
    "reintegra.decisions",
    "reintegra.demo",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    "csp",
    "django_htmx",
    "rest_framework",
    "drf_spectacular",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "reintegra.core.middleware.IdleTimeoutMiddleware",
    "reintegra.core.middleware.PrivateResponsesMiddleware",
    "reintegra.core.middleware.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "reintegra.core.middleware.MandatoryMFAMiddleware",
    "reintegra.core.middleware.MembershipScopeMiddleware",
    # Last, so that a lockout answers before any view runs.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "reintegra.urls"
WSGI_APPLICATION = "reintegra.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "reintegra.core.context_processors.shell",
            ],
        },
    },
]

# --- Storage -------------------------------------------------------------------------------------
# SQLite by default (zero setup); PostgreSQL when DATABASE_URL is set.
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60,
                                                  conn_health_checks=True)}
    if DATABASES["default"]["ENGINE"].endswith("postgresql"):
        # JIT compilation costs more than it saves on these short OLTP queries.
        DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
    DATABASES["default"].setdefault("TEST", {})["NAME"] = os.environ.get(
        "REINTEGRA_TEST_DATABASE", "test_reintegra"
    )
else:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("REINTEGRA_SQLITE_PATH", DATA_DIR / "reintegra.sqlite3"),
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": {
                # IMMEDIATE takes the write lock at BEGIN, so concurrent writers queue instead of
                # failing with "database is locked" half-way through a transaction.
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
            },
            # A file, not memory: tests that start processes (parallel audit verification) share it.
            "TEST": {"NAME": str(DATA_DIR / "test.sqlite3")},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Shared by all gunicorn workers of a node: allauth refuses a TOTP code used twice and rate-limits
# logins through the cache, so a per-process cache would let a replay through another worker.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"} if TESTING else {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("REINTEGRA_CACHE_DIR", str(DATA_DIR / "cache")),
    }
}

# --- Accounts ------------------------------------------------------------------------------------
AUTH_USER_MODEL = "core.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGIN_METHODS = {"username"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "password1*", "password2*"]
ACCOUNT_ADAPTER = "reintegra.core.adapters.AccountAdapter"
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_SESSION_REMEMBER = False
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Reintegra"
MFA_TOTP_TOLERANCE = 1  # one 30-second step of clock drift either way (RFC 6238, section 6)
# Every accepted TOTP code is spent for as long as it stays valid, the enrolment code included.
MFA_FORMS = {"activate_totp": "reintegra.core.mfa.EnrolmentForm", "authenticate": "reintegra.core.mfa.SignInForm",
             "reauthenticate": "reintegra.core.mfa.ReauthenticationForm"}
# Staff must enrol an authenticator before they can use the node (off only in the demo).
MFA_REQUIRED = env_bool("REINTEGRA_MFA_REQUIRED", default=not DEMO)

AXES_FAILURE_LIMIT = int(os.environ.get("REINTEGRA_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("REINTEGRA_LOGIN_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "reintegra.core.adapters.axes_username"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "core/locked_out.html"
AXES_VERBOSE = False
# django-axes is the lockout authority (its records are visible to administrators); allauth's own
# login rate limit stays as a looser second line so that it never pre-empts axes.
ACCOUNT_RATE_LIMITS = {"login_failed": "30/m/ip,20/5m/key"}

# Inactivity expiry: a session idle longer than this is over. Activity renews it, written at most
# once a minute (see IdleTimeoutMiddleware) rather than on every request.
SESSION_COOKIE_AGE = int(os.environ.get("REINTEGRA_SESSION_IDLE_MINUTES", "30")) * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# --- Security headers ----------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
HTTPS = env_bool("REINTEGRA_HTTPS", default=not (DEBUG or DEMO or TESTING))
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
# The language cookie (set by "Change language", read by LocaleMiddleware) follows the session
# cookie: sent over HTTPS only, not readable by scripts (none needs it), not sent on cross-site posts.
LANGUAGE_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_SSL_REDIRECT = HTTPS and env_bool("REINTEGRA_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = int(os.environ.get("REINTEGRA_HSTS_SECONDS", "31536000" if HTTPS else "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = env_bool("REINTEGRA_HSTS_PRELOAD", default=SECURE_HSTS_SECONDS >= 31536000)
if env_bool("REINTEGRA_BEHIND_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
TRUST_FORWARDED_FOR = env_bool("REINTEGRA_BEHIND_PROXY")

# No inline script or style anywhere: everything comes from our own static files.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# --- Languages -----------------------------------------------------------------------------------
# Montenegrin is not in Django's table; it is written in Latin script.
LANG_INFO.setdefault(
    "cnr", {"bidi": False, "code": "cnr", "name": "Montenegrin", "name_local": "crnogorski"}
)
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("sq", _("Albanian")),
    ("sr", _("Serbian (Cyrillic)")),
    ("sr-latn", _("Serbian (Latin)")),
    ("bs", _("Bosnian")),
    ("hr", _("Croatian")),
    ("cnr", _("Montenegrin")),
    ("mk", _("Macedonian")),
]
LOCALE_PATHS = [BASE_DIR / "reintegra" / "locale"]
FORMAT_MODULE_PATH = ["reintegra.formats"]  # dates and numbers where Django's own are missing or foreign
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

# --- Static files --------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"  # `reintegra collectstatic` fills it for production
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# --- API -----------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "reintegra.core.api.pagination.StrictLimitOffsetPagination",
    "PAGE_SIZE": 50,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Reintegra API",
    "VERSION": "1",
    "OAS_VERSION": "3.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums",
                             "reintegra.core.api.schema.blank_matching_patterns"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("REINTEGRA_LOG_LEVEL", "WARNING")},
}

# Background work (review reminders): django-tasks with the database backend, no broker. The worker is
# `reintegra db_worker`; tests run tasks in-process.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend" if TESTING
                     else "django_tasks_db.DatabaseBackend"}}
# Links in e-mails (reminders) point here.
SITE_URL = os.environ.get("REINTEGRA_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
DEFAULT_FROM_EMAIL = os.environ.get("REINTEGRA_FROM_EMAIL", "reintegra@localhost")
EMAIL_BACKEND = os.environ.get("REINTEGRA_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
                               if DEMO or DEBUG else "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("REINTEGRA_EMAIL_HOST", "localhost")
