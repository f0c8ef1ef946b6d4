"use strict";
// The join-code form: trades the code on the projector for the round's address.
(function () {
  // German for a phone set to German (navigator.languages); every other phone reads English.
  var german = (navigator.languages || [navigator.language || ""]).some(function (l) {
    return /^de\b/i.test(l);
  });
  var words = {
    "Join the vote": "An der Abstimmung teilnehmen",
    "Type the join code shown on the screen": "Geben Sie den Teilnahmecode von der Leinwand ein",
    "Join": "Teilnehmen",
    "Checking the code…": "Der Code wird geprüft…",
    "The code was not accepted.": "Der Code wurde nicht angenommen.",
    "The laptop cannot be reached. Check that you are on the room's network.":
      "Der Laptop ist nicht erreichbar. Prüfen Sie, ob Sie im Netz des Raums sind."
  };
  function tr(english) { return german && words[english] ? words[english] : english; }
  if (german) {
    document.documentElement.lang = "de";
    document.title = tr(document.title);
    document.querySelectorAll("h1, label, button").forEach(function (element) {
      element.textContent = tr(element.textContent.trim());
    });
  }
  var form = document.getElementById("code-form");
  var status = document.getElementById("status");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    status.textContent = tr("Checking the code…");
    fetch("/code", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ code: document.getElementById("code").value })
    }).then(function (response) {
      return response.json().then(function (body) {
        if (response.ok && typeof body.round === "string" && body.round.indexOf("/r/") === 0) {
          window.location.assign(body.round);
        } else {
          status.textContent = body.error || tr("The code was not accepted.");
        }
      });
    }).catch(function () {
      status.textContent = tr("The laptop cannot be reached. Check that you are on the room's network.");
    });
  });
})();
