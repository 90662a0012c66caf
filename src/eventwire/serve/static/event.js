// One event: its fields, and each source article with the evidence of every field highlighted in its text.
"use strict";

const FIELD_NAMES = {
  sentence: "evidence sentence", trigger: "trigger", date: "date", location: "location",
  casualties: "casualties", actor1: "actor 1", actor2: "actor 2",
};

document.addEventListener("DOMContentLoaded", async () => {
  const id = decodeURIComponent(location.pathname.split("/").pop());
  const url = `/api/v1/events/${encodeURIComponent(id)}`;
  document.getElementById("json-link").setAttribute("href", url);
  try {
    render(await getJson(url));
  } catch (error) {
    showStatus(error.message, true);
  }
});

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
