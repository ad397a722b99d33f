import '../src/index.js';

/**
 * The dashboard page's theme switch (and `?theme=dark` in the address, for screenshots). A trust's own page writes
 * `theme="nhs"` on its dashboard and needs none of this: the theme reaches every chart inside by itself.
 */
const THEMES = ['light', 'dark', 'nhs'];

const dashboards = Array.from(document.querySelectorAll('trust-dashboard'));

const setTheme = (theme: string) => {
  for (const dashboard of dashboards) dashboard.setAttribute('theme', theme);
  document.documentElement.dataset['theme'] = theme;
};

const fromAddress = new URLSearchParams(location.search).get('theme') ?? '';
const initial = THEMES.includes(fromAddress) ? fromAddress : 'light';
for (const input of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) {
  input.checked = input.value === initial;
  input.addEventListener('change', () => setTheme(input.value));
}
setTheme(initial);
