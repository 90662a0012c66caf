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
  const page = await getJson(`/api/v1/events?${query}`);
  nextCursor = page.next;
  const body = document.querySelector("#events tbody");
  if (!more) { body.replaceChildren(); points.clearLayers(); }
  for (const event of page.items) {
    body.append(eventRow(event));
    addPoint(event);
  }
  const shown = body.children.length;
  document.getElementById("count").textContent = `${shown}${page.next ? "+" : ""} events`;
  document.getElementById("more").hidden = !page.next;
  showStatus(shown ? "" : "No events match these filters.");
}

function eventRow(event) {
  const link = el("a", {href: `/event/${encodeURIComponent(event.id)}`, class: "event-link"}, event.days.first || "undated");
  const place = event.location ? [event.location.name, event.location.country_name].filter(Boolean).join(", ") : "";
  return el("tr", {"data-type": event.event_type},
    el("td", {}, link), el("td", {class: "type"}, event.event_type), el("td", {}, fmt(event.sub_event_type)),
    el("td", {}, place), el("td", {}, fmt(event.killed)), el("td", {}, fmt(event.injured)),
    el("td", {}, fmt(event.actor1)), el("td", {class: "evidence"}, event.evidence.sentence.text));
}

function addPoint(event) {
  const where = event.location;
  if (!where || where.lat === null || where.lon === null) return;
  const casualties = (event.killed || 0) + (event.injured || 0);
  const marker = L.circleMarker([where.lat, where.lon], {
    radius: 5 + Math.min(25, 3 * Math.sqrt(casualties)), color: colourOf(event.event_type), weight: 1.5,
    fillColor: colourOf(event.event_type), fillOpacity: 0.55, className: "event-point",
  });
  const popup = el("div", {},
    el("strong", {}, event.event_type), el("br"), `${fmt(event.days.first)} · ${where.name}`, el("br"),
    `killed ${fmt(event.killed) || "–"}, injured ${fmt(event.injured) || "–"}`, el("br"),
    el("a", {href: `/event/${encodeURIComponent(event.id)}`}, "open the event"));
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
