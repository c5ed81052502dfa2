/* Several related items picked in Wagtail's chooser modal (cms.relations.widgets.MultipleChooser):
   each chosen item is a list entry with a hidden input, removable; the button opens the modal. */
(() => {
  const { Controller } = window.StimulusModule;

  class MultipleChooserController extends Controller {
    static targets = ['list', 'item', 'template', 'empty'];

    static values = { removeLabel: String };

    connect() {
      const definition = this.element.querySelector('script[type="application/json"]');
      this.chooser = window.telepath.unpack(JSON.parse(definition.textContent));
    }

    choose() {
      this.chooser.openModal(
        (results) => {
          const chosen = new Set(this.itemTargets.map((item) => item.dataset.id));
          results.forEach((result) => {
            const id = String(result.id);
            if (chosen.has(id)) return;
            chosen.add(id);
            this.listTarget.append(this.newItem(id, result.title || result.string || id));
          });
          this.changed();
        },
        { multiple: true },
      );
    }

    newItem(id, title) {
      const item = this.templateTarget.content.firstElementChild.cloneNode(true);
      item.dataset.id = id;
      item.querySelector('input').value = id;
      item.querySelector('[data-title]').textContent = title;
      item
        .querySelector('button')
        .setAttribute('aria-label', this.removeLabelValue.replace('%(title)s', title));
      return item;
    }

    remove(event) {
      event.target.closest('[data-cms-multiple-chooser-target="item"]').remove();
      this.changed();
    }

    changed() {
      this.emptyTarget.hidden = this.itemTargets.length > 0;
      // Tells Wagtail's editor that the form changed (unsaved-changes warning, autosave).
      this.element.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  window.wagtail.app.register('cms-multiple-chooser', MultipleChooserController);
})();
