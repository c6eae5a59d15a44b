// Progressive enhancement: the import commits in one request; while it runs, say so and stop a second submit.
(function () {
  "use strict";
  document.querySelectorAll("form[data-import-rows]").forEach(function (form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("button[type=submit]");
      var status = form.querySelector(".import-progress");
      if (button) button.disabled = true;
      if (status) status.hidden = false;
    });
  });
})();
