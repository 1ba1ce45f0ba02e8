// kubeadm 1.36's defaults for the kube-apiserver static Pod (arguments, volumes, probes): the
// part of the manifest a kind config does not change, kept apart from the rendering rules.

/** Where kubeadm keeps the control plane's certificates and keys. */
const PKI = '/etc/kubernetes/pki';

/** The arguments kubeadm always gives the API server, as a [{name, value}] list. */
export function defaultArgs(ip) {
  return Object.entries({
    'advertise-address': ip,
    'allow-privileged': 'true',
    'authorization-mode': 'Node,RBAC',
    'client-ca-file': `${PKI}/ca.crt`,
    'enable-admission-plugins': 'NodeRestriction',
    'enable-bootstrap-token-auth': 'true',
    'etcd-cafile': `${PKI}/etcd/ca.crt`,
    'etcd-certfile': `${PKI}/apiserver-etcd-client.crt`,
    'etcd-keyfile': `${PKI}/apiserver-etcd-client.key`,
    'etcd-servers': 'https://127.0.0.1:2379',
    'kubelet-client-certificate': `${PKI}/apiserver-kubelet-client.crt`,
    'kubelet-client-key': `${PKI}/apiserver-kubelet-client.key`,
    'kubelet-preferred-address-types': 'InternalIP,ExternalIP,Hostname',
    'proxy-client-cert-file': `${PKI}/front-proxy-client.crt`,
    'proxy-client-key-file': `${PKI}/front-proxy-client.key`,
    'requestheader-allowed-names': 'front-proxy-client',
    'requestheader-client-ca-file': `${PKI}/front-proxy-ca.crt`,
    'requestheader-extra-headers-prefix': 'X-Remote-Extra-',
    'requestheader-group-headers': 'X-Remote-Group',
    'requestheader-username-headers': 'X-Remote-User',
    'secure-port': '6443',
    'service-account-issuer': 'https://kubernetes.default.svc.cluster.local',
    'service-account-key-file': `${PKI}/sa.pub`,
    'service-account-signing-key-file': `${PKI}/sa.key`,
    'service-cluster-ip-range': '10.96.0.0/16',
    'tls-cert-file': `${PKI}/apiserver.crt`,
    'tls-private-key-file': `${PKI}/apiserver.key`,
  }).map(([name, value]) => ({ name, value }));
}

/** The hostPath volumes kubeadm always mounts into the API server. */
export const DEFAULT_VOLUMES = [
  { name: 'ca-certs', hostPath: '/etc/ssl/certs', mountPath: '/etc/ssl/certs', readOnly: true },
  {
    name: 'etc-ca-certificates',
    hostPath: '/etc/ca-certificates',
    mountPath: '/etc/ca-certificates',
    readOnly: true,
  },
  { name: 'k8s-certs', hostPath: PKI, mountPath: PKI, readOnly: true },
  {
    name: 'usr-local-share-ca-certificates',
    hostPath: '/usr/local/share/ca-certificates',
    mountPath: '/usr/local/share/ca-certificates',
    readOnly: true,
  },
  {
    name: 'usr-share-ca-certificates',
    hostPath: '/usr/share/ca-certificates',
    mountPath: '/usr/share/ca-certificates',
    readOnly: true,
  },
].map((v) => ({ ...v, pathType: 'DirectoryOrCreate' }));

/** One of the API server's HTTPS probes (liveness, readiness, startup) on its advertise address. */
export function probe(ip, extra) {
  return {
    failureThreshold: extra.failureThreshold,
    httpGet: { host: ip, path: extra.path, port: 'probe-port', scheme: 'HTTPS' },
    ...(extra.initialDelaySeconds ? { initialDelaySeconds: extra.initialDelaySeconds } : {}),
    periodSeconds: extra.periodSeconds,
    timeoutSeconds: 15,
  };
}
