package main

import (
	"context"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"os"
	"path/filepath"
	"time"

	certificatesv1 "k8s.io/api/certificates/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/tools/clientcmd"
	clientcmdapi "k8s.io/client-go/tools/clientcmd/api"
	certutil "k8s.io/client-go/util/cert"
	"k8s.io/client-go/util/certificate/csr"
	"k8s.io/client-go/util/keyutil"
)

// kubeletClient returns a client with the node's own credentials, as the kubelet gets them
// (pkg/kubelet/certificate/bootstrap/bootstrap.go): from kubelet.conf when kubeadm wrote one (the
// node that ran `kubeadm init`), else by TLS bootstrapping with bootstrap-kubelet.conf (a node
// that runs `kubeadm join`, which waits for the kubelet.conf this writes). Either way the client
// certificate ends up in kubelet-client-current.pem, which kubeadm's kubelet-finalize phase looks
// for to point kubelet.conf at it.
func kubeletClient(ctx context.Context, nodeName string) (kubernetes.Interface, error) {
	for {
		if _, err := os.Stat(kubeletKubeconfig); err == nil {
			if err := storeEmbeddedCertificate(); err != nil {
				return nil, err
			}
			return clientFrom(kubeletKubeconfig)
		}
		if _, err := os.Stat(bootstrapKubeconfig); err == nil {
			if err := bootstrapClientCertificate(ctx, nodeName); err != nil {
				logf("kubelet", "TLS bootstrap: %v", err)
			} else {
				continue
			}
		}
		if !sleepCtx(ctx, time.Second) {
			return nil, ctx.Err()
		}
	}
}

func clientFrom(kubeconfig string) (kubernetes.Interface, error) {
	config, err := clientcmd.BuildConfigFromFlags("", kubeconfig)
	if err != nil {
		return nil, err
	}
	config.UserAgent = "kubelet/" + kubeletVersion() + " (kind-audit-node)"
	return kubernetes.NewForConfig(config)
}

// storeEmbeddedCertificate writes the client certificate kubelet.conf embeds into the kubelet's
// certificate store, as the kubelet's client certificate manager does when it starts.
func storeEmbeddedCertificate() error {
	if _, err := os.Stat(kubeletClientCurrent); err == nil {
		return nil
	}
	config, err := clientcmd.LoadFromFile(kubeletKubeconfig)
	if err != nil {
		return err
	}
	context, ok := config.Contexts[config.CurrentContext]
	if !ok {
		return fmt.Errorf("%s has no current context", kubeletKubeconfig)
	}
	auth, ok := config.AuthInfos[context.AuthInfo]
	if !ok || len(auth.ClientCertificateData) == 0 || len(auth.ClientKeyData) == 0 {
		return nil
	}
	return storePEM(auth.ClientCertificateData, auth.ClientKeyData)
}

// storePEM writes certificate and key into one dated file and points kubelet-client-current.pem
// at it, as the kubelet's certificate file store does (client-go util/certificate/certificate_store.go).
func storePEM(certPEM, keyPEM []byte) error {
	if err := os.MkdirAll(kubeletPKIDir, 0o755); err != nil {
		return err
	}
	name := filepath.Join(kubeletPKIDir, "kubelet-client-"+time.Now().UTC().Format("2006-01-02-15-04-05")+".pem")
	if err := os.WriteFile(name, append(append([]byte{}, certPEM...), keyPEM...), 0o600); err != nil {
		return err
	}
	tmp := kubeletClientCurrent + ".tmp"
	_ = os.Remove(tmp)
	if err := os.Symlink(name, tmp); err != nil {
		return err
	}
	return os.Rename(tmp, kubeletClientCurrent)
}

// bootstrapClientCertificate asks the API server for a client certificate with the bootstrap
// token's identity, waits for kube-controller-manager to approve and sign it, and writes
// kubelet.conf with it (pkg/kubelet/certificate/bootstrap/bootstrap.go, requestNodeCertificate).
func bootstrapClientCertificate(ctx context.Context, nodeName string) error {
	bootstrap, err := clientcmd.LoadFromFile(bootstrapKubeconfig)
	if err != nil {
		return err
	}
	client, err := clientFrom(bootstrapKubeconfig)
	if err != nil {
		return err
	}
	keyPEM, err := keyutil.MakeEllipticPrivateKeyPEM()
	if err != nil {
		return err
	}
	key, err := keyutil.ParsePrivateKeyPEM(keyPEM)
	if err != nil {
		return err
	}
	request, err := certutil.MakeCSR(key, &pkix.Name{
		CommonName:   "system:node:" + nodeName,
		Organization: []string{"system:nodes"},
	}, nil, nil)
	if err != nil {
		return err
	}
	// The usages the CSR approver accepts for a node client certificate with an ECDSA key
	// (pkg/controller/certificates/approver/sarapprove.go).
	usages := []certificatesv1.KeyUsage{certificatesv1.UsageDigitalSignature, certificatesv1.UsageClientAuth}
	name, uid, err := csr.RequestCertificate(client, request, "", certificatesv1.KubeAPIServerClientKubeletSignerName, nil, usages, key)
	if err != nil {
		return fmt.Errorf("create the certificate signing request: %w", err)
	}
	logf("kubelet", "waiting for certificate signing request %s to be approved and signed", name)
	waitCtx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	certPEM, err := csr.WaitForCertificate(waitCtx, client, name, uid)
	if err != nil {
		return fmt.Errorf("wait for certificate signing request %s: %w", name, err)
	}
	if block, _ := pem.Decode(certPEM); block == nil {
		return fmt.Errorf("certificate signing request %s: the signed certificate is not PEM", name)
	}
	if err := storePEM(certPEM, keyPEM); err != nil {
		return err
	}
	// kubelet.conf names the cluster of the bootstrap kubeconfig and the stored certificate.
	bootstrapContext := bootstrap.Contexts[bootstrap.CurrentContext]
	if bootstrapContext == nil {
		return fmt.Errorf("%s has no current context", bootstrapKubeconfig)
	}
	cluster := bootstrap.Clusters[bootstrapContext.Cluster]
	if cluster == nil {
		return fmt.Errorf("%s names no cluster", bootstrapKubeconfig)
	}
	kubeconfig := clientcmdapi.Config{
		Clusters: map[string]*clientcmdapi.Cluster{"default-cluster": cluster},
		AuthInfos: map[string]*clientcmdapi.AuthInfo{"default-auth": {
			ClientCertificate: kubeletClientCurrent,
			ClientKey:         kubeletClientCurrent,
		}},
		Contexts: map[string]*clientcmdapi.Context{"default-context": {
			Cluster: "default-cluster", AuthInfo: "default-auth", Namespace: "default",
		}},
		CurrentContext: "default-context",
	}
	if err := clientcmd.WriteToFile(kubeconfig, kubeletKubeconfig); err != nil {
		return err
	}
	logf("kubelet", "TLS bootstrap done: %s written", kubeletKubeconfig)
	return nil
}
