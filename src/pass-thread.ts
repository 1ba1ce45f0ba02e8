import { servePassThread } from './logs/pass/index.js';

// The script of post's pass threads (src/logs/pass/pass-threads.ts): small, so that a thread
// starts fast and light.
servePassThread();
