/**
 * The builder page's script (demo/builder.html in development, dist/builder/index.html when built): every widget
 * for the previews, the builder element, and the manifest its form is made from, inlined by the bundler so that
 * the page makes no request of its own.
 */
import '../index.js';
import manifest from '../../custom-elements.json';
import './define.js';
import type { Manifest } from './manifest-form.js';

const builder = document.querySelector('trust-chart-builder');
if (builder) builder.manifest = manifest as Manifest;
