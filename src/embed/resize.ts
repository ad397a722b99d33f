/**
 * resize.js: put it once on a page that holds public-trust-widgets iframe embeds, and every such iframe takes the
 * height of its chart (and follows it when the chart changes: a narrower window, the data table opened).
 *
 *   <script src="https://YOUR-CDN/public-trust-widgets/dist/embed/resize.js" async></script>
 *
 * It trusts nothing it is sent: a message is used only when it has the documented shape (protocol.ts) and comes
 * from the window of an iframe on this page whose address is an embed (`#…tag=trust-…`); that iframe alone is
 * resized. Built as a minified classic script (IIFE), well under 1 KB.
 */
import { isHeightMessage, PROTOCOL_VERSION, REQUEST_HEIGHT_MESSAGE } from './protocol.js';

const embeds = (): HTMLIFrameElement[] => Array.from(document.querySelectorAll('iframe')).filter((frame) => /[#&]tag=trust-/.test(frame.src));

addEventListener('message', (event) => {
  if (!isHeightMessage(event.data)) return;
  for (const frame of embeds()) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(event.data.height)}px`;
  }
});

// Embeds that loaded before this script sent their height to nobody: ask them again.
for (const frame of embeds()) frame.contentWindow?.postMessage({ type: REQUEST_HEIGHT_MESSAGE, version: PROTOCOL_VERSION }, '*');
