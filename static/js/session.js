// When the session has ended, a save sent in place is answered with a sign-in prompt
// (header X-Sign-In; accounts/middleware.py) instead of the sign-in page, and the page is
// left as it is: this shows the prompt at the top of the page's main content and focuses it,
// for htmx's requests and the editor's own saves (fetch) alike.
(function () {
  "use strict";

  function show(html) {
    var prompt = new DOMParser().parseFromString(html, "text/html").querySelector(".signed-out");
    var main = document.querySelector("main") || document.body;
    if (!prompt) {
      return;
    }
    var old = main.querySelector(".signed-out");
    if (old) {
      old.remove();
    }
    main.insertBefore(document.adoptNode(prompt), main.firstChild);
    // Focused where the clerk can see it: focus() alone left it above the window when the
    // page was scrolled down (the page scrolls smoothly, and that scroll was cut short), so
    // it is brought into view at once, not smoothly.
    prompt.focus({ preventScroll: true });
    prompt.scrollIntoView({ block: "start", behavior: "instant" });
  }

  document.addEventListener("htmx:afterRequest", function (event) {
    var xhr = event.detail.xhr;
    if (xhr && xhr.getResponseHeader("X-Sign-In")) {
      show(xhr.responseText);
    }
  });

  if (window.fetch) {
    var send = window.fetch;
    window.fetch = function () {
      return send.apply(this, arguments).then(function (response) {
        if (response.headers.get("X-Sign-In")) {
          response.clone().text().then(show);
        }
        return response;
      });
    };
  }
})();
