/**
 * A button that saves the given text as a file, built in the page (no server round trip).
 *
 * @example
 *   downloadButton('Download CSV', 'events.csv', 'text/csv', () => toCsv(header, rows))
 */
import { el } from './dom-builder.js';

export function downloadButton(label: string, fileName: string, type: string, content: () => string): HTMLButtonElement {
  // Named with its file, so a page's several download buttons are told apart by screen readers.
  const button = el('button', { type: 'button', class: 'download', 'aria-label': `${label}: ${fileName}` }, label);
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
