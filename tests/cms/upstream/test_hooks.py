from wagtail import hooks

from cms.upstream.hooks import replace_hook


def test_a_replaced_hook_keeps_its_place_and_order():
    def first() -> None: ...
    def theirs() -> None: ...
    def ours() -> None: ...

    with hooks.register_temporarily("cms_test_hook", first, order=-1):
        with hooks.register_temporarily("cms_test_hook", theirs, order=5):
            replace_hook("cms_test_hook", theirs, ours)
            assert hooks.get_hooks("cms_test_hook") == [first, ours]
            # Put back, so that register_temporarily removes what it registered.
            replace_hook("cms_test_hook", ours, theirs)
