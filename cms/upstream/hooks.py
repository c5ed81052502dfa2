"""Wagtail's hook registry, where a registered hook must give way to ours."""

from collections.abc import Callable

from wagtail import hooks


def replace_hook(hook_name: str, theirs: Callable, ours: Callable) -> None:
    """Puts `ours` where `theirs` is registered, keeping its order among the hook's functions.

    Wagtail has no call to remove a hook (a `hooks.unregister` was suggested in wagtail#3335
    and never added); its registry `wagtail.hooks._hooks` maps a hook's name to a list of
    (function, order) pairs.
    """
    registered = hooks._hooks.get(hook_name, [])
    hooks._hooks[hook_name] = [(ours if fn is theirs else fn, order) for fn, order in registered]
