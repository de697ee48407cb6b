import { surfaceViteConfig } from '../shared/vite/surface-vite-config.mjs';

export default surfaceViteConfig(import.meta.dirname);
