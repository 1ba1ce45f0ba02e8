import { InputError } from '../messages/input-error.js';
import { DEFAULT_KIND_MIRROR } from '../kind/install.js';
import { parseKindVersion, type KindVersion } from '../kind/versions.js';

/** `kind-version`: empty, or a release such as `v0.32.0` / `0.32.0`. */
export function kindVersion(value: string, input: string): KindVersion | undefined {
  if (!value) return undefined;
  const version = parseKindVersion(value);
  if (!version) {
    throw new InputError(
      input,
      value,
      'expected a kind release such as v0.32.0 or 0.32.0, or empty for the kind on PATH',
    );
  }
  return version;
}

/** `kind-mirror`: an http(s) base URL without query or fragment; empty means GitHub's releases. */
export function kindMirror(value: string, input: string): string {
  const text = value || DEFAULT_KIND_MIRROR;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash) {
    throw new InputError(
      input,
      value,
      `expected an http(s) base URL laid out like ${DEFAULT_KIND_MIRROR} (<base>/v0.32.0/kind-linux-amd64 and its .sha256sum)`,
    );
  }
  return text.replace(/\/+$/, '');
}
