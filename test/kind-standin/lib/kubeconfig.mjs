// The kubeconfig entries kind adds on create and removes on delete (context "kind-<name>").
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { parse, stringify } from 'yaml';

/** The API server address kind writes for the host; nothing listens there in the stand-in. */
export const SERVER = 'https://127.0.0.1:6443';

/** The kubeconfig file kind edits: --kubeconfig, else the first $KUBECONFIG entry, else none. */
export function kubeconfigPath(flag) {
  return flag || process.env.KUBECONFIG?.split(':')[0];
}

/** A kubeconfig with only this cluster in it, as `kind get kubeconfig` prints it. */
export function clusterKubeconfig(name, server) {
  const id = `kind-${name}`;
  const dummy = Buffer.from(`kind stand-in ${name}: not a real certificate\n`).toString('base64');
  return {
    apiVersion: 'v1',
    kind: 'Config',
    preferences: {},
    clusters: [{ name: id, cluster: { server, 'certificate-authority-data': dummy } }],
    contexts: [{ name: id, context: { cluster: id, user: id } }],
    users: [{ name: id, user: { 'client-certificate-data': dummy, 'client-key-data': dummy } }],
    'current-context': id,
  };
}

function read(file) {
  try {
    const doc = parse(fs.readFileSync(file, 'utf8'));
    if (doc && typeof doc === 'object') return doc;
  } catch {
    // Missing or unreadable: start a new one, as kind does.
  }
  return {
    apiVersion: 'v1',
    kind: 'Config',
    preferences: {},
    clusters: [],
    contexts: [],
    users: [],
  };
}

function write(file, doc) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, stringify(doc, { indentSeq: false }), { mode: 0o600 });
}

/** Adds (or replaces) the cluster's entries and makes its context current. */
export function addToKubeconfig(file, name, server) {
  const doc = read(file);
  const own = clusterKubeconfig(name, server);
  for (const key of ['clusters', 'contexts', 'users']) {
    const list = Array.isArray(doc[key]) ? doc[key] : [];
    doc[key] = [...list.filter((e) => e?.name !== `kind-${name}`), ...own[key]];
  }
  doc['current-context'] = `kind-${name}`;
  write(file, doc);
}

/** Removes the cluster's entries, if the file has any. */
export function removeFromKubeconfig(file, name) {
  if (!fs.existsSync(file)) return;
  const doc = read(file);
  for (const key of ['clusters', 'contexts', 'users']) {
    if (Array.isArray(doc[key])) doc[key] = doc[key].filter((e) => e?.name !== `kind-${name}`);
  }
  if (doc['current-context'] === `kind-${name}`) doc['current-context'] = '';
  write(file, doc);
}
