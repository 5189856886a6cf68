// Finds what a person would look for on the page: a form control by its label, a button by
// its text, an option of a <select> by its text. Run as a WebDriver script body with
// arguments [kind, wanted, scope]; scope is an element to search inside, or null for the page.
// Answers {found: element} or {problem: "what went wrong", retry: true|false}.
const [kind, wanted, scope] = arguments;
const root = scope || document;

// Whitespace runs collapse; a trailing colon or required-marker is not part of a label.
const norm = (s) => (s || "").replace(/\s+/g, " ").trim().replace(/[\s:：*＊]+$/u, "");
const visible = (el) =>
  typeof el.checkVisibility === "function"
    ? el.checkVisibility({ visibilityProperty: true })
    : el.getClientRects().length > 0;
// A label's own words, without the text of controls nested inside it (e.g. <option>s).
const labelText = (label) => {
  const copy = label.cloneNode(true);
  copy.querySelectorAll("input, select, textarea, button").forEach((n) => n.remove());
  return copy.textContent;
};
const labelledBy = (el) =>
  (el.getAttribute("aria-labelledby") || "")
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id))
    .filter(Boolean)
    .map((ref) => ref.textContent)
    .join(" ");
const ariaNames = (el) => [
  el.hasAttribute("aria-labelledby") ? labelledBy(el) : "",
  el.getAttribute("aria-label") || "",
];

const kinds = {
  label: {
    noun: "form control labelled",
    selector:
      "input:not([type=hidden]), select, textarea, [contenteditable=''], [contenteditable=true], " +
      "[role=textbox], [role=combobox], [role=checkbox], [role=radio], [role=switch], " +
      "[role=spinbutton], [role=slider], [role=listbox]",
    names: (el) => [...ariaNames(el), ...Array.from(el.labels || [], labelText)],
  },
  button: {
    noun: "button named",
    selector: "button, [role=button], input[type=button], input[type=submit], input[type=reset]",
    names: (el) => [...ariaNames(el), el.tagName === "INPUT" ? el.value : el.innerText],
  },
  option: {
    noun: "option",
    selector: "option",
    names: (el) => [el.text, el.label],
  },
};

const spec = kinds[kind];
if (!spec) {
  return { problem: `unknown finder kind ${kind}`, retry: false };
}
const target = norm(wanted);
const candidates = Array.from(root.querySelectorAll(spec.selector));
const namesOf = (el) => spec.names(el).map(norm).filter(Boolean);
const matches = candidates.filter((el) => namesOf(el).includes(target));
// An <option> is never "visible" on its own; its <select> is what a person sees.
const shown = kind === "option" ? matches : matches.filter(visible);

if (shown.length === 1) {
  return { found: shown[0] };
}
if (shown.length > 1) {
  return {
    problem: `${shown.length} visible elements match ${spec.noun} "${target}"; search inside a section`,
    retry: false,
  };
}
if (matches.length > 0) {
  return { problem: `the ${spec.noun} "${target}" exists but is not visible`, retry: true };
}
const seen = candidates
  .filter((el) => kind === "option" || visible(el))
  .map((el) => namesOf(el).join(" / ") || `<${el.tagName.toLowerCase()} without a name>`)
  .slice(0, 40);
return {
  problem: `no ${spec.noun} "${target}"; visible ones: ${seen.length ? seen.join(" | ") : "none"}`,
  retry: true,
};
