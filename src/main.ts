import { runMain } from './action/main.js';

void runMain();
