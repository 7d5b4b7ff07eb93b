/* zisite: the menu drawer below 1220 px, in place of Material's bundle (docs/chrome.md).
   The header's Menu button opens the site nav as a drawer and moves focus into it; the button,
   Escape, a click on the overlay or moving focus out of it close it, and focus returns to the button.
   While closed the drawer is inert and display: none (zi.css), so no Tab stop and nothing in the
   accessibility tree lands on a link nobody sees. From 1220 px it is a sidebar, always open. */
(function () {
  var button = document.querySelector(".zi-menu-button");
  var drawer = document.getElementById("zi-menu");
  var overlay = document.querySelector(".md-overlay");
  var toggle = document.getElementById("__drawer");  // Material's checkbox: its CSS shows the overlay
  if (!button || !drawer) return;
  var wide = matchMedia("(min-width: 76.25em)");

  function isOpen() { return button.getAttribute("aria-expanded") === "true"; }

  function set(open, returnFocus) {
    button.setAttribute("aria-expanded", String(open));
    drawer.classList.toggle("zi-drawer--open", open);
    drawer.inert = !open && !wide.matches;
    if (toggle) toggle.checked = open && !wide.matches;
    if (open) {
      var target = drawer.querySelector("[aria-current=page]") || drawer.querySelector("a[href]");
      if (target) target.focus();
    } else if (returnFocus) {
      button.focus();
    }
  }

  button.hidden = false;
  set(false, false);
  button.addEventListener("click", function () { set(!isOpen(), isOpen()); });
  drawer.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && isOpen() && !wide.matches) { event.preventDefault(); set(false, true); }
  });
  button.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && isOpen()) { event.preventDefault(); set(false, true); }
  });
  drawer.addEventListener("focusout", function (event) {
    var to = event.relatedTarget;
    if (isOpen() && !wide.matches && to && !drawer.contains(to) && to !== button) set(false, false);
  });
  if (overlay) overlay.addEventListener("click", function (event) { event.preventDefault(); set(false, true); });
  wide.addEventListener("change", function () { set(false, false); });
})();
