// The events page: filters (kept in the URL), a map sized by casualties, a timeline by type, the list.
"use strict";

const PAGE = 200;
let map = null;
let points = null;
let nextCursor = null;

document.addEventListener("DOMContentLoaded", async () => {
  const form = document.getElementById("filters");
  fillForm(form, new URLSearchParams(location.search));
  form.addEventListener("submit", (event) => { event.preventDefault(); apply(form); });
  form.querySelector("select[name=type]").addEventListener("change", () => apply(form));
  document.getElementById("reset").addEventListener("click", () => { form.reset(); fillForm(form, new URLSearchParams()); apply(form); });
  document.getElementById("more").addEventListener("click", () => loadEvents(currentParams(), true));
  await setUpMap();
  refresh(currentParams());
});

function currentParams() {
  return formParams(document.getElementById("filters"));
}

function apply(form) {
  const params = formParams(form);
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
  refresh(params);
}

async function refresh(params) {
  for (const format of ["csv", "geojson", "jsonl"]) {
    const link = new URLSearchParams(params);
    link.set("format", format);
    document.getElementById(`dl-${format}`).setAttribute("href", `/api/v1/export?${link}`);
  }
  try {
    await Promise.all([loadEvents(params, false), loadTimeline(params)]);
  } catch (error) {
    showStatus(error.message, true);
  }
}

async function setUpMap() {
  map = L.map("map", {worldCopyJump: true, preferCanvas: false}).setView([30, 20], 2);
  let config = {tile_url: ""};
  try { config = await getJson("/api/v1/config"); } catch (error) { /* the outline is enough */ }
  if (config.tile_url) {
    L.tileLayer(config.tile_url, {attribution: config.tile_attribution || "", maxZoom: 18}).addTo(map);
  } else {
    const outline = await (await fetch("/static/countries-110m.geojson")).json();
    L.geoJSON(outline, {style: {color: "#8fa3b8", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1}, interactive: false}).addTo(map);
    map.attributionControl.addAttribution("Natural Earth (public domain)");
  }
  points = L.layerGroup().addTo(map);
}

async function loadEvents(params, more) {
  const query = new URLSearchParams(params);
  query.set("limit", String(PAGE));
  if (more && nextCursor) query.set("cursor", nextCursor);
  showStatus("loading…");
  const page = await getJson(`/api/v1/merged-events?${query}`);
  nextCursor = page.next;
  const body = document.querySelector("#events tbody");
  if (!more) { body.replaceChildren(); points.clearLayers(); }
  for (const merged of page.items) {
    body.append(mergedRow(merged));
    addPoint(merged);
  }
  const shown = body.children.length;
  document.getElementById("count").textContent = `${shown}${page.next ? "+" : ""} events`;
  document.getElementById("more").hidden = !page.next;
  showStatus(shown ? "" : "No events match these filters.");
}

function best(figure) {
  return figure ? figure.best : null;
}

function typeOf(merged) {
  return merged.event_type || (merged.sources[0] && merged.sources[0].event_type) || "";
}

function dayOf(merged) {
  const when = merged.date || merged.reported;
  return when ? when.first : "";
}

function mergedRow(merged) {
  const link = el("a", {href: `/merged/${merged.id}`, class: "event-link"}, dayOf(merged) || "undated");
  const where = merged.location;
  const place = where ? [where.name, where.admin1, where.country].filter(Boolean).join(", ") : "";
  const first = merged.sources[0] || {};
  return el("tr", {"data-type": typeOf(merged)},
    el("td", {}, link), el("td", {class: "type"}, typeOf(merged)), el("td", {}, fmt(merged.sub_event_type || first.sub_event_type)),
    el("td", {}, place), el("td", {}, fmt(best(merged.killed))), el("td", {}, fmt(best(merged.injured))),
    el("td", {}, fmt(merged.source_count)), el("td", {class: "evidence"}, fmt(first.evidence)));
}

function addPoint(merged) {
  const where = merged.location;
  if (!where || where.lat === null || where.lon === null) return;
  const casualties = (best(merged.killed) || 0) + (best(merged.injured) || 0);
  const colour = colourOf(typeOf(merged));
  const marker = L.circleMarker([where.lat, where.lon], {
    radius: 5 + Math.min(25, 3 * Math.sqrt(casualties)), color: colour, weight: 1.5,
    fillColor: colour, fillOpacity: 0.55, className: "event-point",
  });
  const popup = el("div", {},
    el("strong", {}, typeOf(merged) || "event"), el("br"), `${dayOf(merged)} · ${where.name}`, el("br"),
    `killed ${fmt(best(merged.killed)) || "–"}, injured ${fmt(best(merged.injured)) || "–"}, ${merged.source_count} source(s)`, el("br"),
    el("a", {href: `/merged/${merged.id}`}, "open the event"));
  marker.bindPopup(popup);
  marker.addTo(points);
}

async function loadTimeline(params) {
  const data = await getJson(`/api/v1/timeline?${params}`);
  const select = document.querySelector("select[name=type]");
  const chosen = select.value;
  const known = new Set([...select.options].map((option) => option.value));
  for (const type of data.types) if (!known.has(type)) select.append(el("option", {value: type}, type));
  select.value = chosen;
  drawTimeline(data);
}

function drawTimeline(data) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  const width = 600, height = 260, left = 30, bottom = 40;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const buckets = data.buckets.filter((bucket) => bucket.day);
  const biggest = Math.max(1, ...buckets.map((bucket) => bucket.total));
  const barWidth = buckets.length ? (width - left) / buckets.length : 0;
  buckets.forEach((bucket, index) => {
    let top = height - bottom;
    for (const type of data.types) {
      const count = bucket.counts[type] || 0;
      if (!count) continue;
      const barHeight = (count / biggest) * (height - bottom - 10);
      top -= barHeight;
      const rect = document.createElementNS(ns, "rect");
      for (const [name, value] of Object.entries({x: left + index * barWidth + 1, y: top, width: Math.max(1, barWidth - 2), height: barHeight, fill: colourOf(type), class: "bar"})) rect.setAttribute(name, String(value));
      const title = document.createElementNS(ns, "title");
      title.textContent = `${bucket.day}: ${count} ${type}`;
      rect.append(title);
      svg.append(rect);
    }
  });
  const labels = buckets.length > 1 ? [buckets[0], buckets[buckets.length - 1]] : buckets;
  labels.forEach((bucket, i) => {
    const text = document.createElementNS(ns, "text");
    text.setAttribute("x", String(i === 0 ? left : width - 70));
    text.setAttribute("y", String(height - bottom + 14));
    text.setAttribute("class", "axis");
    text.textContent = bucket.day;
    svg.append(text);
  });
  const max = document.createElementNS(ns, "text");
  max.setAttribute("x", "0"); max.setAttribute("y", "14"); max.setAttribute("class", "axis");
  max.textContent = String(biggest);
  svg.append(max);
  document.getElementById("timeline").replaceChildren(svg);
  const legend = document.getElementById("legend");
  legend.replaceChildren(...data.types.map((type) => {
    const swatch = el("span", {class: "swatch"});
    swatch.style.background = colourOf(type);
    return el("span", {}, swatch, type);
  }));
}
