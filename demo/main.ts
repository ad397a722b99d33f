import '../src/index.js';

/** The gallery's theme switch (and `?theme=dark` in the address, used by the screenshot script). */
const WIDGETS = 'trust-bars, trust-stat, trust-waffle, trust-change, trust-likert, trust-trend';

const widgets = Array.from(document.querySelectorAll<HTMLElement>(`main :is(${WIDGETS})`));
// Examples that show a theme on purpose get it back when the switch returns to "Page".
const written = new Map(widgets.map((widget) => [widget, widget.getAttribute('theme')]));

const setTheme = (theme: string) => {
  for (const widget of widgets) {
    const own = written.get(widget);
    if (theme) widget.setAttribute('theme', theme);
    else if (own) widget.setAttribute('theme', own);
    else widget.removeAttribute('theme');
  }
  document.documentElement.dataset['theme'] = theme;
};

const query = new URLSearchParams(location.search);
const fromAddress = query.get('theme') ?? '';

// `?only=stat` shows one widget's section: the gallery is the single copy of every example.
const only = query.get('only');
if (only) {
  for (const section of document.querySelectorAll<HTMLElement>('main > section')) section.hidden = section.id !== only;
}
for (const input of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) {
  input.checked = input.value === fromAddress;
  input.addEventListener('change', () => setTheme(input.value));
}
setTheme(fromAddress);
