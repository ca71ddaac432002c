// Vigil dashboard: the only script. The live findings feed on the Threats page; pages work without it.
(function () {
  "use strict";
  var feed = document.getElementById("feed");
  if (!feed || !window.EventSource) { return; }
  var state = document.getElementById("live-state");
  var url = feed.getAttribute("data-stream");
  var source = new EventSource(url);
  source.onopen = function () { state.setAttribute("data-state", "open"); state.textContent = "Live"; };
  source.onerror = function () { state.setAttribute("data-state", "closed"); state.textContent = "Reconnecting…"; };
  source.addEventListener("finding", function (e) {
    var f = JSON.parse(e.data);
    var row = document.createElement("tr");
    row.setAttribute("data-seq", String(f.seq));
    function cell(text, cls) { var td = document.createElement("td"); if (cls) { td.className = cls; } td.textContent = text || ""; row.appendChild(td); return td; }
    cell(new Date(f.timestamp).toISOString().replace("T", " ").slice(0, 19));
    var level = cell(""); var badge = document.createElement("span"); badge.className = "badge threat-" + f.threat; badge.textContent = f.threat; level.appendChild(badge);
    cell(f.ruleId + " " + f.title);
    cell(f.endpoint);
    cell(f.location);
    var ev = cell(""); var code = document.createElement("code"); code.textContent = f.evidence || ""; ev.appendChild(code);
    var link = cell("");
    if (f.eventId) { var a = document.createElement("a"); a.href = "/requests/" + encodeURIComponent(f.eventId); a.textContent = "request"; link.appendChild(a); }
    var body = feed.tBodies[0];
    body.insertBefore(row, body.firstChild);
    while (body.rows.length > 500) { body.deleteRow(body.rows.length - 1); }
    var empty = document.getElementById("feed-empty"); if (empty) { empty.remove(); }
  });
})();
