"use strict";
// The vote page: pick a name, then one item at a time. Every text from the laptop is put on the
// page with textContent, never as HTML, so a name or item can never run as script.
(function () {
  // German for a phone set to German (navigator.languages); every other phone reads English.
  // Item names, questions and levels come from the laptop as they are.
  var german = (navigator.languages || [navigator.language || ""]).some(function (l) {
    return /^de\b/i.test(l);
  });
  var words = {
    "Rate from your phone": "Bewerten Sie auf Ihrem Handy",
    "Loading the round…": "Die Runde wird geladen…",
    "Who are you?": "Wer sind Sie?",
    "Not in the list? Type your name": "Nicht in der Liste? Geben Sie Ihren Namen ein",
    "Join with this name": "Mit diesem Namen teilnehmen",
    "Not applicable": "Trifft nicht zu",
    "I don't know": "Weiß ich nicht",
    "Back": "Zurück",
    "Next": "Weiter",
    "Thank you": "Vielen Dank",
    "You answered every item. Until the round closes you can go back and change an answer.":
      "Sie haben alles beantwortet. Bis die Runde schließt, können Sie zurückgehen und Antworten ändern.",
    "Go back to the first item": "Zurück zum ersten Punkt",
    "The round is closed: your answers so far are kept.": "Die Runde ist geschlossen: Ihre bisherigen Antworten bleiben erhalten.",
    "Too fast: wait a moment and tap again.": "Zu schnell: Warten Sie kurz und tippen Sie noch einmal.",
    "Something went wrong; tap again.": "Etwas ist schiefgegangen; tippen Sie noch einmal.",
    "Tap your name to start.": "Tippen Sie auf Ihren Namen, um zu beginnen.",
    "The round is closed.": "Die Runde ist geschlossen.",
    "Joining…": "Sie nehmen teil…",
    "The laptop cannot be reached.": "Der Laptop ist nicht erreichbar.",
    "not applicable": "trifft nicht zu",
    "Item {0} of {1}": "Punkt {0} von {1}",
    "Your answer: {0}. Tap another to change it.": "Ihre Antwort: {0}. Tippen Sie eine andere an, um sie zu ändern.",
    "Saving…": "Wird gespeichert…",
    "Saved: {0}.": "Gespeichert: {0}.",
    "Not saved: the laptop cannot be reached. Tap again.": "Nicht gespeichert: Der Laptop ist nicht erreichbar. Tippen Sie noch einmal.",
    "The laptop cannot be reached. Check that you are on the room's network.":
      "Der Laptop ist nicht erreichbar. Prüfen Sie, ob Sie im Netz des Raums sind."
  };
  function tr(english) {
    var text = german && words[english] ? words[english] : english;
    for (var i = 1; i < arguments.length; ++i) text = text.replace("{" + (i - 1) + "}", arguments[i]);
    return text;
  }
  if (german) {
    document.documentElement.lang = "de";
    document.title = tr(document.title);
    document.querySelectorAll("h1, h2, label, button, p").forEach(function (element) {
      if (element.children.length === 0) element.textContent = tr(element.textContent.trim());
    });
  }

  var base = window.location.pathname.replace(/[^/]*$/, "");
  var storageKey = "crmw-voter:" + base;
  var state = { round: null, voter: null, name: "", answers: [], index: 0 };

  function $(id) { return document.getElementById(id); }
  function show(section) {
    ["pick", "question", "finished"].forEach(function (id) { $(id).hidden = id !== section; });
  }
  function say(text) { $("status").textContent = text; }

  function api(path, method, body) {
    var headers = { "Content-Type": "application/json" };
    if (state.voter) headers["X-Voter"] = state.voter;
    return fetch(base + path, {
      method: method || "GET", headers: headers, cache: "no-store",
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        return { status: response.status, body: json };
      });
    });
  }

  function refusal(reply) {
    if (reply.status === 409) return tr("The round is closed: your answers so far are kept.");
    if (reply.status === 429) return tr("Too fast: wait a moment and tap again.");
    return reply.body.error || tr("Something went wrong; tap again.");
  }

  function showPeople() {
    var list = $("people");
    list.textContent = "";
    state.round.people.forEach(function (name, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "choice";
      button.dataset.person = String(index);
      button.textContent = name;
      button.addEventListener("click", function () { join({ person: index }); });
      list.appendChild(button);
    });
    show("pick");
    say(state.round.open ? tr("Tap your name to start.") : tr("The round is closed."));
  }

  function join(body) {
    say(tr("Joining…"));
    api("join", "POST", body).then(function (reply) {
      if (reply.status !== 200) { say(refusal(reply)); return; }
      state.voter = reply.body.voter;
      state.name = reply.body.name;
      state.answers = reply.body.answers;
      try { window.localStorage.setItem(storageKey, JSON.stringify({ voter: state.voter, name: state.name })); } catch (e) { /* private mode: the page still works */ }
      var first = state.answers.indexOf(null);
      showQuestion(first < 0 ? 0 : first);
      say("");
    }).catch(function () { say(tr("The laptop cannot be reached.")); });
  }

  function answerText(answer) {
    if (answer === "na") return tr("not applicable");
    if (answer === "unknown") return tr("I don't know");
    return String(answer);
  }

  function showQuestion(index) {
    var items = state.round.items;
    if (index >= items.length) { show("finished"); return; }
    state.index = Math.max(0, index);
    var item = items[state.index];
    var current = state.answers[state.index];
    $("who").textContent = state.name;
    $("position").textContent = tr("Item {0} of {1}", state.index + 1, items.length);
    $("item-name").textContent = item.name;
    $("item-question").textContent = item.question;
    $("item-description").textContent = item.description;
    $("item-description").hidden = !item.description;
    var levels = $("levels");
    levels.textContent = "";
    item.levels.forEach(function (text, level) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "level";
      button.dataset.answer = String(level + 1);
      button.setAttribute("aria-pressed", current === level + 1 ? "true" : "false");
      var number = document.createElement("span");
      number.className = "number";
      number.textContent = String(level + 1);
      var words = document.createElement("span");
      words.className = "words";
      words.textContent = text;
      button.appendChild(number);
      button.appendChild(words);
      button.addEventListener("click", function () { vote(level + 1); });
      levels.appendChild(button);
    });
    $("not-applicable").setAttribute("aria-pressed", current === "na" ? "true" : "false");
    $("dont-know").setAttribute("aria-pressed", current === "unknown" ? "true" : "false");
    $("back").disabled = state.index === 0;
    show("question");
    if (current !== null && current !== undefined) say(tr("Your answer: {0}. Tap another to change it.", answerText(current)));
    window.scrollTo(0, 0);
  }

  function vote(answer) {
    var index = state.index;
    say(tr("Saving…"));
    api("vote", "POST", { item: index, answer: answer }).then(function (reply) {
      if (reply.status === 403) { forget(); say(refusal(reply)); return; }
      if (reply.status !== 200) { say(refusal(reply)); return; }
      state.answers[index] = answer;
      say(tr("Saved: {0}.", answerText(answer)));
      showQuestion(index + 1);
    }).catch(function () { say(tr("Not saved: the laptop cannot be reached. Tap again.")); });
  }

  function forget() {
    state.voter = null;
    try { window.localStorage.removeItem(storageKey); } catch (e) { /* nothing stored */ }
    showPeople();
  }

  $("not-applicable").addEventListener("click", function () { vote("na"); });
  $("dont-know").addEventListener("click", function () { vote("unknown"); });
  $("back").addEventListener("click", function () { showQuestion(state.index - 1); });
  $("next").addEventListener("click", function () { showQuestion(state.index + 1); });
  $("review").addEventListener("click", function () { showQuestion(0); });
  $("add-name").addEventListener("submit", function (event) {
    event.preventDefault();
    join({ name: $("new-name").value });
  });

  api("round").then(function (reply) {
    if (reply.status !== 200) { say(refusal(reply)); return; }
    state.round = reply.body;
    var saved = null;
    try { saved = JSON.parse(window.localStorage.getItem(storageKey) || "null"); } catch (e) { saved = null; }
    if (!saved || typeof saved.voter !== "string") { showPeople(); return; }
    state.voter = saved.voter;
    state.name = String(saved.name || "");
    api("answers").then(function (answers) {
      if (answers.status !== 200) { forget(); return; }
      state.answers = answers.body.answers;
      var first = state.answers.indexOf(null);
      showQuestion(first < 0 ? 0 : first);
      if (!answers.body.open) say(tr("The round is closed."));
    });
  }).catch(function () { say(tr("The laptop cannot be reached. Check that you are on the room's network.")); });
})();
