// As-you-type suggestions for search fields marked data-suggest-url (progressive enhancement:
// without this script the form submits as usual). The ARIA 1.2 combobox pattern: the list is
// announced, arrow keys move through it, Enter opens the chosen page, Escape closes the list.
(function () {
  "use strict";
  var DELAY = 200;
  var MIN_LENGTH = 2;

  function enhance(input) {
    var listId = input.id + "-suggestions";
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("aria-expanded", "false");
    var timer = null;
    var active = -1;
    var request = null;

    function close() {
      list.hidden = true;
      list.textContent = "";
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function show(suggestions) {
      list.textContent = "";
      active = -1;
      suggestions.forEach(function (suggestion, index) {
        var item = document.createElement("li");
        item.id = listId + "-" + index;
        item.setAttribute("role", "option");
        item.className = "search-suggestions__option";
        var link = document.createElement("a");
        link.href = suggestion.url;
        link.tabIndex = -1;
        link.textContent = suggestion.title; // text, never markup
        var type = document.createElement("span");
        type.className = "search-suggestions__type";
        type.textContent = suggestion.type;
        link.appendChild(type);
        item.appendChild(link);
        list.appendChild(item);
      });
      list.hidden = suggestions.length === 0;
      input.setAttribute("aria-expanded", suggestions.length ? "true" : "false");
    }

    function move(step) {
      var options = list.querySelectorAll("[role=option]");
      if (!options.length) return;
      if (active >= 0) options[active].removeAttribute("aria-selected");
      active = (active + step + options.length) % options.length;
      options[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", options[active].id);
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      var words = input.value.trim();
      if (words.length < MIN_LENGTH) return close();
      timer = window.setTimeout(function () {
        if (request) request.abort();
        request = new AbortController();
        var url = input.dataset.suggestUrl + "?q=" + encodeURIComponent(words);
        fetch(url, { signal: request.signal, headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) { show(data.suggestions || []); })
          .catch(function () { /* typing on, or offline: the form still works */ });
      }, DELAY);
    });

    input.addEventListener("keydown", function (event) {
      if (list.hidden) return;
      if (event.key === "ArrowDown") { event.preventDefault(); move(1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); move(-1); }
      else if (event.key === "Escape") { close(); }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = list.querySelectorAll("[role=option] a")[active].href;
      }
    });

    input.addEventListener("blur", function () { window.setTimeout(close, 150); });
  }

  document.querySelectorAll("input[data-suggest-url]").forEach(enhance);
})();
