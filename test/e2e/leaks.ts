// No planted secret value, in any of the forms the API puts it in, in any file of an artifact.
import path from 'node:path';
import { filesUnder, needlesIn } from './scan.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');

/**
 * The forms a value takes in audit events: itself (stringData, a token, a last-applied
 * annotation's JSON), base64 (Secret `data`) and base64 twice (a Secret's data inside a
 * base64-encoded field). A JWT also by its signature alone, so a token cut in two is still caught.
 */
export function leakForms(value: string): string[] {
  const forms = [value, b64(value), b64(b64(value))];
  const parts = value.split('.');
  if (parts.length === 3 && parts[2]) forms.push(parts[2]);
  return forms;
}

/**
 * `file: holds <name>` for every planted value found in a file under `dir`, `.gz` decompressed.
 * `values` maps a name saying where the value was planted to the value.
 */
export async function findLeaks(
  dir: string,
  values: Readonly<Record<string, string>>,
): Promise<string[]> {
  const byForm = new Map<string, string>();
  for (const [name, value] of Object.entries(values))
    for (const form of leakForms(value)) byForm.set(form, name);
  const found: string[] = [];
  for (const file of await filesUnder(dir)) {
    const forms = await needlesIn(path.join(dir, file), [...byForm.keys()]);
    // A token and its signature are one value: name it once per file.
    const names = new Set(forms.map((form) => byForm.get(form) ?? '?'));
    for (const name of names) found.push(`${file}: holds the planted value "${name}"`);
  }
  return found;
}
