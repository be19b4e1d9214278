/** A button that saves the given text as a file, built in the page (no server round trip). */
import { el } from './dom-builder.js';

export function downloadButton(label: string, fileName: string, type: string, content: () => string): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'download' }, label);
  button.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([content()], { type }));
    const link = el('a', { href: url, download: fileName });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  return button;
}
