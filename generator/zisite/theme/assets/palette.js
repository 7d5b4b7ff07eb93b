/* zisite: the light/dark switch, one <button aria-pressed> (partials/header.html) instead of
   Material's two radio inputs and its bundle. Loaded synchronously right after the button, so the
   scheme is on <body> before the first paint: the one the reader chose (stored as Material did, key
   "__palette", so an older visit's choice still counts), else the device's preference. */
(function () {
  var button = document.querySelector("button.zi-palette");
  var light = button.getAttribute("data-light"), dark = button.getAttribute("data-dark");
  var stored = null;
  try { stored = __md_get("__palette"); } catch (e) { /* storage blocked: no remembered choice */ }
  var scheme = stored && stored.color && stored.color.scheme;
  if (scheme !== light && scheme !== dark) scheme = matchMedia("(prefers-color-scheme: dark)").matches ? dark : light;

  function apply(value) {
    document.body.setAttribute("data-md-color-scheme", value);
    button.setAttribute("aria-pressed", String(value === dark));
  }
  apply(scheme);
  button.hidden = false;
  button.addEventListener("click", function () {
    var value = document.body.getAttribute("data-md-color-scheme") === dark ? light : dark;
    apply(value);
    __md_set("__palette", {color: {scheme: value,
      primary: document.body.getAttribute("data-md-color-primary"),
      accent: document.body.getAttribute("data-md-color-accent")}});
  });
})();
