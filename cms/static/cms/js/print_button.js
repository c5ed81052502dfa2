// Buttons marked data-print-button print the page (a script file: the admin's
// Content-Security-Policy refuses inline handlers). Hidden until this runs.
document.querySelectorAll("[data-print-button]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
