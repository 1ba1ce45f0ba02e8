/** A binary min-heap under a caller's order: the reorder window and the k-way merge share it. */
export class MinHeap<T> {
  private readonly items: T[] = [];

  /** `less(a, b)`: true when `a` must come out before `b`. */
  constructor(private readonly less: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  /** Every item, in no particular order. */
  values(): IterableIterator<T> {
    return this.items.values();
  }

  /** The least item, without taking it. */
  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const items = this.items;
    let i = items.length;
    items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = items[parent] as T;
      if (!this.less(item, above)) break;
      items[i] = above;
      i = parent;
    }
    items[i] = item;
  }

  /** Takes the least item out. */
  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) this.sinkFromTop(last);
    return top;
  }

  /** Pushes `item` and takes the least out, in one sift: the steady state of a full window. */
  pushPop(item: T): T {
    const top = this.items[0];
    if (top === undefined || !this.less(top, item)) return item;
    this.sinkFromTop(item);
    return top;
  }

  /** Replaces the least item by `item` (a source's next head after its last went out). */
  replaceTop(item: T): void {
    if (this.items.length === 0) this.items.push(item);
    else this.sinkFromTop(item);
  }

  private sinkFromTop(item: T): void {
    const items = this.items;
    const n = items.length;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && this.less(items[right] as T, items[child] as T)) child = right;
      const below = items[child] as T;
      if (!this.less(below, item)) break;
      items[i] = below;
      i = child;
    }
    items[i] = item;
  }
}
