"""The one field the second factor asks for: a code, throttled per account and per IP."""

from collections.abc import Callable

from django import forms
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from cms.security.throttling import LOCKED_OUT_MESSAGE, SECOND_FACTOR


class CodeForm(forms.Form):
    code = forms.CharField(
        max_length=32,
        strip=True,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}
        ),
    )

    # django-otp also makes a device wait a moment (doubling with each failure) after a wrong
    # code; a right code typed within that moment is refused as well.
    wrong_code_message = _(
        "That code is not valid, or it came too soon after a wrong one. Wait a few seconds "
        "and try again."
    )

    def __init__(
        self,
        request: HttpRequest,
        accepts: Callable[[str], bool],
        *args: object,
        label: str,
        **kwargs: object,
    ) -> None:
        """`accepts` checks a code (and acts on it: verifies the session, confirms a device)."""
        super().__init__(*args, **kwargs)
        self.request = request
        self.accepts = accepts
        self.fields["code"].label = label

    def clean(self) -> dict:
        cleaned_data = super().clean()
        code = cleaned_data.get("code")
        if not code:
            return cleaned_data
        account = self.request.user.get_username()
        if SECOND_FACTOR.is_locked(self.request, account):
            raise forms.ValidationError(LOCKED_OUT_MESSAGE, code="throttled")
        if not self.accepts(code):
            SECOND_FACTOR.record(self.request, account)
            raise forms.ValidationError(self.wrong_code_message, code="invalid")
        SECOND_FACTOR.forget_account(account)
        return cleaned_data
