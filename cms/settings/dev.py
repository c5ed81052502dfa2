"""Local development: DEBUG on unless the environment says otherwise, console e-mail."""

from .base import *  # noqa: F403

DEBUG = env.bool("DJANGO_DEBUG", default=True)
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Static files come straight from the apps while developing; no collectstatic needed.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
# Without a DeepL key, a translator that needs no network and says what it is: it reverses
# the German words, so nothing it writes can pass for a translation.
if not DEEPL_API_KEY:  # noqa: F405
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "cms.localisation.development_translator.DevelopmentTranslator"
    }
