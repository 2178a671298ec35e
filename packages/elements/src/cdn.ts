/**
 * The single-file bundle for `<script type="module">`: every element, registered.
 *
 * @packageDocumentation
 */
import './define.js';

export * from './index.js';
