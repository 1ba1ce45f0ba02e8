/** Default for how much is read from one node: a hostile cluster cannot fill the runner's disk. */
export const NODE_READ_CAP = 4 * 1024 ** 3;
