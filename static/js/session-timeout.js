// A warning before the session ends for want of activity (accounts/sessions_end.py). The
// limits come from the body's data- attributes; some time before the idle limit, a polite
// notice with a "Stay signed in" button appears at the top of the main content; the button
// sends a small request, which is activity, and the notice goes. Any request the page sends
// (htmx, or the editor's saves as you type) is activity too and starts the count again.
(function () {
  "use strict";

  var body = document.body;
  var idle = parseInt(body && body.dataset.idleSeconds, 10);
  var warning = parseInt(body && body.dataset.idleWarningSeconds, 10) || 120;
  var pingUrl = body && body.dataset.sessionPingUrl;
  if (!idle || !pingUrl || !document.getElementById("session-timeout")) {
    return;
  }
  var warnAfter = Math.max(idle - warning, 1) * 1000;
  var timers = [];
  var notice = null;

  function minutes(seconds) {
    var m = Math.max(1, Math.round(seconds / 60));
    return m === 1 ? "1 minute" : m + " minutes";
  }

  function hide() {
    if (notice) {
      notice.hidden = true;
    }
  }

  function build() {
    // The notice's markup, with its form (which works without this script too), is the
    // page's own (templates/base.html); this only shows it.
    var template = document.getElementById("session-timeout");
    notice = document.importNode(template.content, true).firstElementChild;
    notice.hidden = true;
    notice.querySelector("form").addEventListener("submit", function (event) {
      event.preventDefault();
      stay(event.target);
    });
    var main = document.querySelector("main") || body;
    main.insertBefore(notice, main.firstChild);
  }

  function say(message, withButton) {
    if (!notice) {
      build();
    }
    notice.querySelector(".session-timeout-text").textContent = message;
    notice.querySelector("form").hidden = !withButton;
    notice.hidden = false;
  }

  function warn() {
    say(
      "You will be signed out in about " + minutes(warning) +
        " because you have not done anything for a while. Anything you have not saved will be kept if you sign in again.",
      true
    );
  }

  function ended() {
    say("You have been signed out because you had not done anything for a while. Sign in again to carry on.", false);
  }

  function restart() {
    timers.forEach(clearTimeout);
    timers = [setTimeout(warn, warnAfter), setTimeout(ended, idle * 1000)];
  }

  function stay(form) {
    send(form.action, {
      method: "POST",
      credentials: "same-origin",
      body: new FormData(form),
    }).then(function (response) {
      if (response.ok && !response.headers.get("X-Sign-In") && !response.redirected) {
        hide();
        restart();
        var main = document.querySelector("main");
        if (main) {
          main.setAttribute("tabindex", "-1");
          main.focus();
        }
      } else {
        ended();
      }
    });
  }

  var send = window.fetch.bind(window);
  window.fetch = function () {
    restart();
    return send.apply(null, arguments);
  };
  document.addEventListener("htmx:afterRequest", function () {
    if (!notice || notice.hidden) {
      restart();
    }
  });
  restart();
})();
