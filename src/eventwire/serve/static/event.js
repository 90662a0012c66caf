// One event: its fields, and each source article with the evidence of every field highlighted in its text.
"use strict";

const FIELD_NAMES = {
  sentence: "evidence sentence", trigger: "trigger", date: "date", location: "location",
  casualties: "casualties", actor1: "actor 1", actor2: "actor 2",
};

document.addEventListener("DOMContentLoaded", async () => {
  const [, kind, raw] = location.pathname.split("/");
  const id = decodeURIComponent(raw || "");
  const merged = kind === "merged";
  const url = merged ? `/api/v1/merged-events/${encodeURIComponent(id)}` : `/api/v1/events/${encodeURIComponent(id)}`;
  document.getElementById("json-link").setAttribute("href", url);
  try {
    const data = await getJson(url);
    if (merged) renderMerged(data); else render(data);
  } catch (error) {
    showStatus(error.message, true);
  }
});

function figure(value) {
  if (!value) return "";
  const range = value.low !== value.high ? ` (reports: ${value.low}–${value.high})` : "";
  return `${value.best}${range}`;
}

function renderMerged(data) {
  const merged = data.merged_event;
  const first = merged.sources[0] || {};
  const type = merged.event_type || first.event_type || "Event";
  const when = merged.date || merged.reported;
  const where = merged.location;
  document.getElementById("title").textContent = `${type}${merged.sub_event_type ? " / " + merged.sub_event_type : ""}`;
  document.title = `eventwire: ${type} ${when ? when.first : ""}`;
  const rows = [
    ["Type", type, "trigger"], ["Sub-event type", merged.sub_event_type || first.sub_event_type, "trigger"],
    ["Date", when ? (when.first === when.last ? when.first : `${when.first} – ${when.last}`) : "", "date"],
    ["Location", where ? [where.name, where.admin1, where.country].filter(Boolean).join(", ") : "", "location"],
    ["Actor 1", merged.actor1, "actor1"], ["Actor 2", merged.actor2, "actor2"],
    ["Killed", figure(merged.killed), "casualties"], ["Injured", figure(merged.injured), "casualties"],
    ["Sources", merged.source_count, null],
  ];
  document.querySelector("#fields tbody").replaceChildren(...rows.map(([name, value, field]) =>
    el("tr", {}, el("th", {}, name), el("td", {}, field ? el("span", {class: `key ev-${field}`}, fmt(value)) : fmt(value)))));
  document.getElementById("sources").replaceChildren(...data.sources.map(sourceBlock));
  const revisions = [];
  for (const name of ["killed", "injured"]) {
    for (const report of (merged[name] && merged[name].revisions) || []) {
      revisions.push(el("li", {}, el("span", {class: "who"}, `${name} ${report.count}`), ` — ${fmt(report.published)}, ${report.source || report.article_id}`));
    }
  }
  document.getElementById("quotes-heading").textContent = "Revisions of the figures";
  document.getElementById("quotes").replaceChildren(...(revisions.length ? revisions : [el("li", {}, "none")]));
}

function render(data) {
  const event = data.event;
  const place = event.location ? [event.location.name, event.location.admin1, event.location.country_name].filter(Boolean).join(", ") : "";
  document.getElementById("title").textContent = `${event.event_type}${event.sub_event_type ? " / " + event.sub_event_type : ""}`;
  document.title = `eventwire: ${event.event_type} ${event.days.first || ""}`;
  const rows = [
    ["Type", event.event_type, "trigger"], ["Sub-event type", event.sub_event_type, "trigger"], ["PLOVER", event.plover, null],
    ["Date", event.date || event.days.first, "date"], ["Location", place, "location"],
    ["Actor 1", event.actor1, "actor1"], ["Actor 2", event.actor2, "actor2"],
    ["Killed", event.killed, "casualties"], ["Injured", event.injured, "casualties"], ["Confidence", event.confidence, null],
  ];
  document.querySelector("#fields tbody").replaceChildren(...rows.map(([name, value, field]) =>
    el("tr", {}, el("th", {}, name), el("td", {}, field ? el("span", {class: `key ev-${field}`}, fmt(value)) : fmt(value)))));
  document.getElementById("sources").replaceChildren(...data.sources.map(sourceBlock));
  if (data.merged_event !== null && data.merged_event !== undefined) {
    document.getElementById("json-link").after(" · ", el("a", {href: `/merged/${data.merged_event}`, id: "merged-link"}, "the merged event (every report)"));
  }
  const quotes = document.getElementById("quotes");
  quotes.replaceChildren(...data.quotes.map((quote) => el("li", {},
    el("span", {class: "who"}, quote.speaker ? quote.speaker.name : "unattributed"), ": ", `“${quote.quote.text}”`)));
  if (!data.quotes.length) quotes.append(el("li", {}, "none"));
}

function sourceBlock(source) {
  const article = source.article;
  const heading = el("h2", {}, article.title || article.id);
  const meta = el("p", {class: "status"}, [article.source, article.published].filter(Boolean).join(" · "), " ",
    article.url ? el("a", {href: safeUrl(article.url), rel: "noopener noreferrer"}, "original") : null);
  const legend = el("p", {}, ...[...new Set(source.highlights.map((h) => h.field))].map((field) =>
    el("span", {class: `key ev-${field}`}, FIELD_NAMES[field] || field)).flatMap((node) => [node, " "]));
  return el("div", {class: "source"}, heading, meta, legend, highlighted(source.text, source.highlights));
}

// The text cut at every highlight boundary; each piece inside a highlight is a <mark> with one class per field.
function highlighted(text, highlights) {
  const cuts = new Set([0, text.length]);
  for (const h of highlights) { cuts.add(h.start); cuts.add(h.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const block = el("div", {class: "text"});
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const piece = text.slice(start, end);
    const fields = highlights.filter((h) => h.start <= start && h.end >= end).map((h) => h.field);
    if (!fields.length) { block.append(document.createTextNode(piece)); continue; }
    const mark = el("mark", {class: [...new Set(fields)].map((f) => `ev-${f}`).join(" "), title: fields.map((f) => FIELD_NAMES[f] || f).join(", ")}, piece);
    block.append(mark);
  }
  return block;
}

function safeUrl(url) {
  return /^https?:\/\//i.test(url) ? url : "#";
}
