import { serveSummaryThread } from './logs/summary/index.js';

// The script of the summary's worker threads: small, so that a thread starts fast and light.
serveSummaryThread();
