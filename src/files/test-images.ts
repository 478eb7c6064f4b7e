/**
 * Test images made with sharp (never downloaded): solid PNG and JPEG pictures and a small SVG.
 */
import sharp from 'sharp';

export function pngImage(width: number, height: number, colour = '#3366cc'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer();
}

export function jpegImage(width: number, height: number, colour = '#cc6633'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } }).jpeg().toBuffer();
}

export function svgImage(width: number, height: number, body = '<circle cx="50%" cy="50%" r="40%" fill="#2a7"/>'): Buffer {
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${body}</svg>\n`);
}
