/* zisite: Material's content-tab restore (its partials/javascripts/content.html) as a file, for the
   Content-Security-Policy. Runs before Material's bundle, on pages with content tabs only: with the
   feature content.tabs.link (data-tabs-link), the tab last chosen on another page; then a link to a
   tab (#__tabbed_…) selects that tab. */
(function () {
  if (document.currentScript.hasAttribute("data-tabs-link")) {
    var tabs = __md_get("__tabs");
    if (Array.isArray(tabs)) {
      sets: for (var set of document.querySelectorAll(".tabbed-set")) {
        var labels = set.querySelector(".tabbed-labels");
        for (var tab of tabs) {
          for (var label of labels.getElementsByTagName("label")) {
            if (label.innerText.trim() === tab) {
              document.getElementById(label.htmlFor).checked = true;
              continue sets;
            }
          }
        }
      }
    }
  }
  var target = document.getElementById(location.hash.slice(1));
  target && target.name && (target.checked = target.name.startsWith("__tabbed_"));
})();
