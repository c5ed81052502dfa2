// Puts our "submit for review" action (cms/templatetags/translation_editor.py) into the footer
// of wagtail-localize's translation editor, which React renders from a fixed list of actions.
// The button sits inside the footer's form and posts it, with its CSRF token, to its formaction.
// As the main action, it takes the place of the footer's default one, which moves into the menu.
(() => {
  const install = (template) => {
    const menu = document.querySelector(".js-translation-editor footer .w-dropdown-button");
    if (!menu) {
      return false;
    }
    const action = template.content.firstElementChild.cloneNode(true);
    const more = menu.querySelector('[data-w-dropdown-target="content"]');
    if (template.dataset.primary === "true") {
      const replaced = menu.firstElementChild;
      menu.insertBefore(action, replaced);
      if (more && replaced && replaced !== more.closest(".w-dropdown")) {
        replaced.classList.add("action-secondary");
        more.prepend(replaced);
      }
    } else if (more) {
      more.prepend(action);
    }
    return true;
  };

  document.addEventListener("DOMContentLoaded", () => {
    const template = document.querySelector("template[data-cms-translation-review]");
    if (!template || install(template)) {
      return;
    }
    // The editor renders after its own DOMContentLoaded listener; wait for its footer.
    const observer = new MutationObserver(() => {
      if (install(template)) {
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
})();
