"""Password reset without user enumeration: same response, same time, throttled.

Wagtail's reset view answers "if the address is known, a mail is on its way" for every
address. What could still tell known from unknown addresses is the time the answer takes
(only a known one builds and sends a mail). Here the mail goes out through the task worker and
every answer takes at least RESPONSE_SECONDS, whatever happened. The reset link's token is
made inside the task, so it never sits in the task queue.
"""

import time

from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm as DjangoPasswordResetForm
from django.contrib.auth.tokens import default_token_generator
from django.http import HttpRequest
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_tasks import task
from wagtail.admin.forms.auth import PasswordResetForm

from cms.security.throttling import PASSWORD_RESET

# Longer than building the mail and handing it to the queue takes here (a few milliseconds).
RESPONSE_SECONDS = 0.4


class ThrottledPasswordResetForm(PasswordResetForm):
    """WAGTAILADMIN_USER_PASSWORD_RESET_FORM: throttled per address and IP, constant time."""

    def save(self, *args: object, request: HttpRequest | None = None, **kwargs: object) -> None:
        started = time.monotonic()
        email = self.cleaned_data["email"]
        # A throttled request gets the same answer; it just sends nothing.
        if request is not None and not PASSWORD_RESET.is_locked(request, email):
            PASSWORD_RESET.record(request, email)
            super().save(*args, request=request, **kwargs)
        time.sleep(max(0.0, RESPONSE_SECONDS - (time.monotonic() - started)))

    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict,
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        send_password_reset_mail.enqueue(
            user_pk=context["user"].pk,
            domain=context["domain"],
            site_name=context["site_name"],
            protocol=context["protocol"],
            subject_template_name=subject_template_name,
            email_template_name=email_template_name,
            html_email_template_name=html_email_template_name,
            from_email=from_email,
            language=translation.get_language(),
        )


@task()
def send_password_reset_mail(
    user_pk: int,
    domain: str,
    site_name: str,
    protocol: str,
    subject_template_name: str,
    email_template_name: str,
    html_email_template_name: str | None,
    from_email: str | None,
    language: str,
) -> None:
    user_model = get_user_model()
    user = user_model.objects.filter(pk=user_pk, is_active=True).first()
    if user is None or not user.has_usable_password():
        return
    email = getattr(user, user_model.get_email_field_name())
    context = {
        "email": email,
        "domain": domain,
        "site_name": site_name,
        "uid": urlsafe_base64_encode(force_bytes(user_model._meta.pk.value_to_string(user))),
        "user": user,
        "token": default_token_generator.make_token(user),
        "protocol": protocol,
    }
    with translation.override(language):
        DjangoPasswordResetForm().send_mail(
            subject_template_name,
            email_template_name,
            context,
            from_email,
            email,
            html_email_template_name,
        )
