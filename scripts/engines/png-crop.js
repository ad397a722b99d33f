import { crc32, deflateSync, inflateSync } from 'node:zlib';

/**
 * Crops an 8-bit RGB or RGBA PNG (what WebDriver screenshots are) to `clip` ({ x, y, width, height }, clamped to
 * the image) and returns it as an RGBA PNG. Only zlib: no image library for one crop.
 */
export function cropPng(png, clip) {
  const { width, height, pixels } = decode(png);
  const x0 = Math.max(0, Math.min(width, Math.round(clip.x)));
  const y0 = Math.max(0, Math.min(height, Math.round(clip.y)));
  const w = Math.max(0, Math.min(width - x0, Math.round(clip.width)));
  const h = Math.max(0, Math.min(height - y0, Math.round(clip.height)));
  const out = Buffer.alloc(w * h * 4);
  for (let row = 0; row < h; row++) pixels.copy(out, row * w * 4, ((y0 + row) * width + x0) * 4, ((y0 + row) * width + x0 + w) * 4);
  return encode(w, h, out);
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function decode(png) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let offset = 8;
  let header;
  const data = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], color: body[9], interlace: body[12] };
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const channels = { 2: 3, 6: 4 }[header?.color];
  if (!channels || header.depth !== 8 || header.interlace !== 0) throw new Error(`unsupported PNG: ${JSON.stringify(header)}`);
  const { width, height } = header;
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const current = Buffer.alloc(stride);
  let previous = Buffer.alloc(stride);
  const pixels = Buffer.alloc(width * height * 4);
  for (let row = 0; row < height; row++) {
    const start = row * (stride + 1);
    const filter = raw[start];
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? current[i - channels] : 0;
      const up = previous[i];
      const upLeft = i >= channels ? previous[i - channels] : 0;
      const value = raw[start + 1 + i];
      current[i] = (value + [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter]) & 255;
    }
    for (let px = 0; px < width; px++) {
      for (let c = 0; c < 3; c++) pixels[(row * width + px) * 4 + c] = current[px * channels + c];
      pixels[(row * width + px) * 4 + 3] = channels === 4 ? current[px * channels + 3] : 255;
    }
    previous = Buffer.from(current);
  }
  return { width, height, pixels };
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function encode(width, height, rgba) {
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let row = 0; row < height; row++) rgba.copy(raw, row * (width * 4 + 1) + 1, row * width * 4, (row + 1) * width * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type, body) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}
