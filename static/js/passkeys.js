// Passkeys and security keys (WebAuthn; accounts/passkeys.py): adding one on the account page,
// signing in with one after the password, and confirming it is you with one before a change.
// The server's options are WebAuthn's JSON form; the browser turns them into its own and its
// answer back into JSON.
(function () {
  "use strict";

  var supported =
    window.PublicKeyCredential &&
    typeof PublicKeyCredential.parseCreationOptionsFromJSON === "function" &&
    typeof PublicKeyCredential.parseRequestOptionsFromJSON === "function";

  function csrfToken(scope) {
    var field = scope.querySelector("input[name=csrfmiddlewaretoken]") ||
      document.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  function post(url, token, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": token },
      body: JSON.stringify(body || {}),
    }).then(function (response) {
      return response
        .json()
        .catch(function () {
          return { detail: "Something went wrong. Try again." };
        })
        .then(function (data) {
          if (!response.ok) {
            var error = new Error(data.detail || "Something went wrong. Try again.");
            // A change that needs the password again first (accounts/mfa_views.py).
            error.confirm = data.confirm;
            throw error;
          }
          return data;
        });
    });
  }

  function showError(scope, error) {
    var place = scope.querySelector(".passkey-error");
    var message = error && error.name === "NotAllowedError"
      ? "The passkey was not used: the browser's request was cancelled or timed out. Try again."
      : (error && error.message) || "Something went wrong. Try again.";
    place.textContent = message;
    place.focus();
  }

  function setBusy(button, busy) {
    button.disabled = busy;
    button.setAttribute("aria-busy", busy ? "true" : "false");
  }

  function addPasskey(form) {
    form.hidden = false;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var button = form.querySelector("button[type=submit]");
      var token = csrfToken(form);
      form.querySelector(".passkey-error").textContent = "";
      setBusy(button, true);
      post(form.dataset.begin, token)
        .then(function (options) {
          return navigator.credentials.create({
            publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options),
          });
        })
        .then(function (credential) {
          return post(form.dataset.complete, token, {
            name: form.querySelector("input[name=name]").value,
            credential: credential.toJSON(),
          });
        })
        .then(function (data) {
          window.location.assign(data.redirect);
        })
        .catch(function (error) {
          if (error && error.confirm) {
            window.location.assign(error.confirm);
            return;
          }
          setBusy(button, false);
          showError(form, error);
        });
    });
  }

  function signInWithPasskey(box) {
    box.hidden = false;
    var button = box.querySelector("button");
    var token = csrfToken(document);
    button.addEventListener("click", function () {
      box.querySelector(".passkey-error").textContent = "";
      setBusy(button, true);
      post(box.dataset.begin, token)
        .then(function (options) {
          return navigator.credentials.get({
            publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options),
          });
        })
        .then(function (credential) {
          return post(box.dataset.complete, token, credential.toJSON());
        })
        .then(function (data) {
          if (box.dataset.form) {
            // Confirming it is you: the form that asked goes on, its change now allowed.
            document.getElementById(box.dataset.form).submit();
          } else {
            window.location.assign(data.redirect);
          }
        })
        .catch(function (error) {
          setBusy(button, false);
          showError(box, error);
        });
    });
  }

  function start() {
    if (!supported) {
      return;
    }
    document.querySelectorAll(".passkey-unsupported").forEach(function (note) {
      note.hidden = true;
    });
    document.querySelectorAll("form.passkey-add").forEach(addPasskey);
    document.querySelectorAll(".passkey-sign-in").forEach(signInWithPasskey);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
