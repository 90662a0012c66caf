// The quote browser: quotes with their speakers, filtered by speaker, words and dates (kept in the URL).
"use strict";

let nextCursor = null;

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("filters");
  fillForm(form, new URLSearchParams(location.search));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const params = formParams(form);
    history.replaceState(null, "", params.toString() ? `?${params}` : location.pathname);
    load(params, false);
  });
  document.getElementById("more").addEventListener("click", () => load(formParams(form), true));
  load(formParams(form), false);
});

async function load(params, more) {
  const query = new URLSearchParams(params);
  query.set("limit", "100");
  if (more && nextCursor) query.set("cursor", nextCursor);
  try {
    const page = await getJson(`/api/v1/quotes?${query}`);
    nextCursor = page.next;
    const body = document.querySelector("#quote-list tbody");
    if (!more) body.replaceChildren();
    for (const quote of page.items) {
      const speaker = quote.speaker ? [quote.speaker.name, quote.speaker.title].filter(Boolean).join(", ") : "unattributed";
      body.append(el("tr", {},
        el("td", {}, fmt(quote.article.published)), el("td", {class: "speaker"}, speaker),
        el("td", {class: "quote"}, quote.quote.text), el("td", {}, quote.kind),
        el("td", {}, el("a", {href: `/api/v1/articles/${encodeURIComponent(quote.article.hash)}`}, quote.article.title || quote.article.id))));
    }
    document.getElementById("more").hidden = !page.next;
    showStatus(body.children.length ? "" : "No quotes match these filters.");
  } catch (error) {
    showStatus(error.message, true);
  }
}
