// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Printed links show their absolute address (print.css); the href attribute alone may be relative.
  document.querySelectorAll("main a[href]:not([href^='#'])").forEach(function (link) {
    link.setAttribute("data-print-url", link.href);
  });
})();
