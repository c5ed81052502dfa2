"""The admin's and the practitioners' password forms, throttled per account and per IP."""

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

from cms.security.throttling import LOCKED_OUT_MESSAGE, LOGIN


class ThrottledLoginMixin:
    """Refuses any password check once the account or the IP has too many failures.

    A locked-out attempt is refused before the password is looked at (a correct one too), with
    one message for every name, existing or not.
    """

    def clean(self) -> dict:
        username = self.cleaned_data.get("username") or ""
        if LOGIN.is_locked(self.request, username):
            raise forms.ValidationError(LOCKED_OUT_MESSAGE, code="throttled")
        try:
            cleaned_data = super().clean()
        except forms.ValidationError:
            LOGIN.record(self.request, username)
            raise
        LOGIN.forget_account(username)
        return cleaned_data


class AdminLoginForm(ThrottledLoginMixin, LoginForm):
    """Wagtail's login form (WAGTAILADMIN_USER_LOGIN_FORM); the second factor follows."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        # Wagtail's password field has no label, so Django shows its name, "Password", in
        # every language.
        self.fields["password"].label = _("Password")


class PractitionerLoginForm(ThrottledLoginMixin, AuthenticationForm):
    """The public site's login form."""
