import '../src/index.js';

/** The gallery's theme switch (and `?theme=dark` in the address, used by the screenshot script). */
const setTheme = (theme: string) => {
  for (const widget of document.querySelectorAll('main [heading]')) {
    if (theme) widget.setAttribute('theme', theme);
    else widget.removeAttribute('theme');
  }
  document.documentElement.dataset['theme'] = theme;
};

const fromAddress = new URLSearchParams(location.search).get('theme') ?? '';
for (const input of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) {
  input.checked = input.value === fromAddress;
  input.addEventListener('change', () => setTheme(input.value));
}
setTheme(fromAddress);
