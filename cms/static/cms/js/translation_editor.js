// Puts our review actions (cms/templatetags/translation_editor.py) into the footer of
// wagtail-localize's translation editor, which React renders from a fixed list of actions.
// The buttons sit inside the footer's form: a submit button posts it, with its CSRF token, to its
// formaction. An action that asks for a comment opens Wagtail's workflow action dialog instead,
// as the dashboard's row actions do. As the main action, the first button takes the place of the
// footer's default one, which moves into the menu. While the translation is in review, the
// header's "live" tag (Wagtail's, for the page standing in) gives way to our "in review" tag.
(() => {
  const openDialog = (button) => {
    window.ModalWorkflow({
      url: button.dataset.cmsWorkflowModalUrl,
      triggerElement: button,
      onload: {
        action(modal) {
          const form = modal.body.find("form");
          const next = document.createElement("input");
          next.type = "hidden";
          next.name = "next";
          next.value = button.dataset.cmsWorkflowNext;
          form.append(next);
          modal.ajaxifyForm(form);
        },
        success(modal, response) {
          window.location.href = response.redirect;
        },
      },
    });
  };

  const install = (template) => {
    const menu = document.querySelector(".js-translation-editor footer .w-dropdown-button");
    if (!menu) {
      return false;
    }
    const actions = [...template.content.children].map((action) => action.cloneNode(true));
    actions
      .filter((action) => action.dataset.cmsWorkflowModalUrl)
      .forEach((action) => action.addEventListener("click", () => openDialog(action)));
    const more = menu.querySelector('[data-w-dropdown-target="content"]');
    if (template.dataset.primary === "true") {
      const main = actions.shift();
      const replaced = menu.firstElementChild;
      menu.insertBefore(main, replaced);
      if (more && replaced && replaced !== more.closest(".w-dropdown")) {
        replaced.classList.add("action-secondary");
        more.prepend(replaced);
      }
    }
    if (more) {
      more.prepend(...actions);
    }
    return true;
  };

  const showReviewStatus = (template) => {
    const tags = document.querySelectorAll(".w-slim-header .page-status-tag");
    if (tags.length) {
      tags[0].replaceWith(template.content.firstElementChild.cloneNode(true));
      tags.forEach((tag) => tag.remove());
    }
  };

  document.addEventListener("DOMContentLoaded", () => {
    const status = document.querySelector("template[data-cms-translation-status]");
    if (status) {
      showReviewStatus(status);
    }
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
