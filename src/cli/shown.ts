/** Log text on a terminal: control characters (escape sequences among them) shown, not obeyed. */
export function shown(value: string): string {
  return value.replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
