// eventwire UI helpers. Every piece of text from the store goes into the page as a text node: nothing is
// ever parsed as HTML.
"use strict";

const TYPE_COLOURS = {
  "Battles": "#d62828",
  "Explosions/Remote violence": "#f77f00",
  "Violence against civilians": "#7b2cbf",
  "Protests": "#2a9d8f",
  "Riots": "#e9c46a",
  "Strategic developments": "#457b9d",
};

function colourOf(type) {
  return TYPE_COLOURS[type] || "#6c757d";
}

// el("a", {href: "/x", class: "y"}, "text", child): an element with attributes and children (strings are text).
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function getJson(url) {
  const response = await fetch(url, {headers: {Accept: "application/json"}});
  const body = await response.json();
  if (!response.ok) {
    const error = (body && body.error) || {code: "error", message: response.statusText};
    throw new Error(`${error.code}: ${error.message}`);
  }
  return body;
}

function showStatus(text, isError) {
  const status = document.getElementById("status");
  if (!status) return;
  status.textContent = text || "";
  status.classList.toggle("error", Boolean(isError));
}

// The form's non-empty fields as URL parameters, and the other way round.
function formParams(form) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form).entries()) {
    if (String(value).trim() !== "") params.set(name, String(value).trim());
  }
  return params;
}

function fillForm(form, params) {
  for (const field of form.elements) {
    if (!field.name) continue;
    const value = params.get(field.name);
    if (field.tagName === "SELECT" && value && ![...field.options].some((o) => o.value === value)) {
      field.append(el("option", {value}, value));
    }
    field.value = value || "";
  }
}

function fmt(value) {
  return value === null || value === undefined ? "" : String(value);
}
