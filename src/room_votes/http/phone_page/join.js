"use strict";
// The join-code form: trades the code on the projector for the round's address.
(function () {
  var form = document.getElementById("code-form");
  var status = document.getElementById("status");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    status.textContent = "Checking the code…";
    fetch("/code", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ code: document.getElementById("code").value })
    }).then(function (response) {
      return response.json().then(function (body) {
        if (response.ok && typeof body.round === "string" && body.round.indexOf("/r/") === 0) {
          window.location.assign(body.round);
        } else {
          status.textContent = body.error || "The code was not accepted.";
        }
      });
    }).catch(function () {
      status.textContent = "The laptop cannot be reached. Check that you are on the room's network.";
    });
  });
})();
