/* ZOPP live vote: the phone page. Plain ES2015, no libraries; every name is set with
   textContent, never as markup. Taps wait in a queue (kept in localStorage) until the
   laptop says they are saved, so a vote survives a dropped Wi-Fi or a restarted app. */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var T = window.T || function (text) { return text; };  // words.js: the phone's language
  var store = window.localStorage;
  var state = { token: store.getItem("zopp.token") || "", ballot: null, scope: "", index: 0 };
  var pending = JSON.parse(store.getItem("zopp.pending") || "[]");
  var sending = false;

  function device() {
    var id = store.getItem("zopp.device");
    if (!id) {
      var bytes = new Uint8Array(16);
      window.crypto.getRandomValues(bytes);
      id = Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
      store.setItem("zopp.device", id);
    }
    return id;
  }

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  function show(id) {
    ["join", "names", "ballot", "results"].forEach(function (s) { $(s).hidden = s !== id; });
  }

  function say(text) { $("message").textContent = text || ""; }

  function api(method, path, body) {
    var headers = { "Content-Type": "application/json" };
    if (state.token) headers.Authorization = "Bearer " + state.token;
    return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (data) {
          if (!r.ok) { var e = new Error(data.error || ("Error " + r.status)); e.status = r.status; throw e; }
          return data;
        });
      });
  }

  // -- joining -------------------------------------------------------------------
  function join() {
    var code = $("code").value;
    api("POST", "/api/join", { code: code }).then(function (data) {
      say("");
      var list = $("name-list");
      list.textContent = "";
      data.participants.forEach(function (p) {
        var b = el("button", p.name);
        b.setAttribute("dir", "auto");
        if (p.country) b.appendChild(el("small", p.country));
        b.addEventListener("click", function () { claim({ code: code, participant: p.id }); });
        list.appendChild(b);
      });
      show("names");
    }).catch(function (e) { say(e.message); });
  }

  function claim(body) {
    body.device = device();
    api("POST", "/api/claim", body).then(function (data) {
      state.token = data.token;
      store.setItem("zopp.token", data.token);
      loadBallot();
    }).catch(function (e) { say(e.message); });
  }

  // -- the ballot ------------------------------------------------------------------
  function loadBallot() {
    api("GET", "/api/ballot").then(function (data) {
      say("");
      state.ballot = data;
      if (!state.scope || !data.own[state.scope]) state.scope = data.scopes.length ? data.scopes[0].id : "";
      pending.forEach(function (v) { ownOf(v.scope)[v.target + "/" + v.criterion] = v.value; });
      $("title").textContent = data.title;
      $("who").textContent = data.name;
      show("ballot");
      render();
      send();
    }).catch(function (e) {
      if (e.status === 401) { state.token = ""; store.removeItem("zopp.token"); show("join"); }
      say(e.message);
    });
  }

  function ownOf(scope) {
    var own = state.ballot.own;
    if (!own[scope]) own[scope] = {};
    return own[scope];
  }

  function render() {
    var b = state.ballot;
    var scopes = $("scopes");
    scopes.textContent = "";
    b.scopes.forEach(function (s) {
      var shown = s.group ? T("{0} — in {1}", s.place, s.group) : s.region ? T("{0} (region)", s.region) : s.label;
      var btn = el("button", shown, s.id === state.scope ? "on" : "");
      btn.setAttribute("dir", "auto");
      btn.addEventListener("click", function () { state.scope = s.id; render(); });
      scopes.appendChild(btn);
    });
    if (!b.scopes.length) { say(T("You have no country or region to vote for; ask the facilitator.")); return; }
    var banner = $("banner");
    banner.hidden = !b.closed && !b.revealed;
    banner.textContent = b.revealed ? T("Voting is closed; the results are revealed.") :
      T("Voting is closed; your answers can no longer change.");
    $("show-results").hidden = !b.revealed;
    $("progress").textContent = T("{0} of {1} answers done", b.done, b.total);
    var t = b.targets[state.index];
    if (!t) return;
    $("position").textContent = (state.index + 1) + " / " + b.targets.length;
    $("target-group").textContent = /^\d+$/.test(t.group) ? T("Objective {0}", t.group) : t.group;
    $("target-label").textContent = (t.number ? t.number + " " : "") + t.label;
    var box = $("criteria");
    box.textContent = "";
    var own = ownOf(state.scope);
    b.criteria.forEach(function (c) {
      var part = el("div", undefined, "criterion");
      part.appendChild(el("h3", T(c.title)));
      var row = el("div", undefined, "choices");
      var current = own[t.id + "/" + c.id];
      c.choices.forEach(function (ch) {
        var btn = el("button", undefined, current === ch.value ? "on" : "");
        btn.appendChild(el("b", ch.value));
        btn.appendChild(el("span", T(ch.word)));
        btn.disabled = b.closed;
        btn.setAttribute("data-value", ch.value);
        btn.setAttribute("data-criterion", c.id);
        btn.addEventListener("click", function () { tap(t.id, c.id, ch.value); });
        row.appendChild(btn);
      });
      part.appendChild(row);
      box.appendChild(part);
    });
    $("prev").disabled = state.index === 0;
    $("next").disabled = state.index >= b.targets.length - 1;
  }

  function tap(target, criterion, value) {
    var own = ownOf(state.scope);
    if (own[target + "/" + criterion] === value) value = "";  // a second tap clears the answer
    own[target + "/" + criterion] = value;
    pending = pending.filter(function (v) {
      return !(v.scope === state.scope && v.target === target && v.criterion === criterion);
    });
    pending.push({ scope: state.scope, target: target, criterion: criterion, value: value });
    store.setItem("zopp.pending", JSON.stringify(pending));
    setSaved(T("sending…"), false);
    render();
    send();
  }

  function setSaved(text, bad) {
    $("saved").textContent = text;
    $("saved").className = bad ? "bad" : "";
  }

  function send() {
    if (sending || !pending.length || !state.token) return;
    sending = true;
    var vote = pending[0];
    api("POST", "/api/vote", vote).then(function (data) {
      drop(vote);
      state.ballot.done = data.done;
      state.ballot.total = data.total;
      $("progress").textContent = T("{0} of {1} answers done", data.done, data.total);
      setSaved(pending.length ? T("saved; sending the rest…") : T("saved"), false);
      sending = false;
      send();
    }).catch(function (e) {
      sending = false;
      if (e.status && e.status !== 429 && e.status < 500) {
        drop(vote);  // refused for good: say why, keep the rest
        setSaved(e.message, true);
        if (e.status === 409 || e.status === 401) loadBallot();
        else send();
      } else {
        setSaved(T("not sent yet; trying again…"), true);
        setTimeout(send, e.status === 429 ? 1000 : 2000);
      }
    });
  }

  function drop(vote) {
    pending = pending.filter(function (v) { return v !== vote; });
    store.setItem("zopp.pending", JSON.stringify(pending));
  }

  function poll() {
    if (!state.token || !state.ballot) return;
    api("GET", "/api/status").then(function (s) {
      if (s.closed !== state.ballot.closed || s.revealed !== state.ballot.revealed) {
        state.ballot.closed = s.closed;
        state.ballot.revealed = s.revealed;
        render();
      }
      send();
    }).catch(function () { send(); });
  }

  function showResults() {
    api("GET", "/api/results").then(function (data) {
      var list = $("result-list");
      list.textContent = "";
      state.ballot.targets.forEach(function (t) {
        var li = el("li");
        var s = data.scores[String(t.id)] || {};
        var figures = state.ballot.criteria.map(function (c) {
          var v = s[c.id];
          return T(c.title) + " " + (v === null || v === undefined ? "–" : v.toFixed(1));
        }).join(" · ");
        li.appendChild(el("b", figures));
        li.appendChild(el("div", (t.number ? t.number + " " : "") + t.label));
        list.appendChild(li);
      });
      show("results");
    }).catch(function (e) { say(e.message); });
  }

  $("join-go").addEventListener("click", join);
  $("code").addEventListener("keydown", function (e) { if (e.key === "Enter") join(); });
  $("prev").addEventListener("click", function () { state.index -= 1; render(); });
  $("next").addEventListener("click", function () { state.index += 1; render(); });
  $("show-results").addEventListener("click", showResults);
  $("back-to-ballot").addEventListener("click", function () { show("ballot"); });
  setInterval(poll, 4000);

  var key = /[#&]k=([0-9a-f]+)/.exec(window.location.hash);
  if (key) {
    history.replaceState(null, "", window.location.pathname);
    claim({ key: key[1] });
  } else if (state.token) {
    loadBallot();
  } else {
    show("join");
  }
})();
