// Progressive enhancement of the import pages (no inline scripts: CSP).
(function () {
  "use strict";
  // The preview: confirming queues the import; stop a second submit while the request goes.
  document.querySelectorAll("form[data-import-rows]").forEach(function (form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("button[type=submit]");
      var status = form.querySelector(".import-progress");
      if (button) button.disabled = true;
      if (status) status.hidden = false;
    });
  });
  // The progress page: poll the job's status (JSON) and show rows done; reload for the result when it ends.
  var job = document.querySelector("[data-import-job]");
  if (!job) return;
  var bar = job.querySelector("progress");
  var text = job.querySelector("[data-rows-done]");
  function poll() {
    fetch(job.getAttribute("data-import-job"), { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) {
        if (!state || state.finished) { window.location.reload(); return; }
        job.setAttribute("data-status", state.status);
        bar.max = Math.max(state.rowsTotal, 1);
        bar.value = state.rowsDone;
        text.setAttribute("data-rows-done", state.rowsDone);
        text.setAttribute("data-rows-total", state.rowsTotal);
        text.textContent = text.getAttribute("data-template").replace("{0}", state.rowsDone).replace("{1}", state.rowsTotal);
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 1000);
})();
