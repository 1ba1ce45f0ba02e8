package main

import (
	"context"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	coordinationv1 "k8s.io/api/coordination/v1"
	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/utils/ptr"
)

// How often the node's Lease is renewed and its status posted (the kubelet's defaults:
// nodeLeaseDurationSeconds 40 renewed every 10 s; nodeStatusReportFrequency 5 min, shorter here).
const (
	leaseDuration  = 40
	leaseRenew     = 10 * time.Second
	statusInterval = time.Minute
)

// runNodeStatus registers the node with the API server and keeps it Ready until ctx ends, as the
// kubelet's node status and lease controllers do. It retries while the API server starts.
func runNodeStatus(ctx context.Context, nodeName string, flags kubeletFlags) {
	client, err := kubeletClient(ctx, nodeName)
	if err != nil {
		if ctx.Err() == nil {
			logf("kubelet", "no client for the API server: %v", err)
		}
		return
	}
	var node *corev1.Node
	for node == nil {
		node, err = registerNode(ctx, client, nodeName, flags)
		if err != nil {
			logf("kubelet", "unable to register node %q with the API server: %v", nodeName, err)
			if !sleepCtx(ctx, 2*time.Second) {
				return
			}
		}
	}
	logf("kubelet", "successfully registered node %q", nodeName)
	lastStatus, lastLease := time.Now(), time.Time{}
	for {
		syncMirrorPods(ctx, client, node)
		if time.Since(lastLease) >= leaseRenew {
			if err := renewLease(ctx, client, node); err != nil {
				logf("kubelet", "failed to renew the node lease: %v", err)
			} else {
				lastLease = time.Now()
			}
		}
		if time.Since(lastStatus) >= statusInterval {
			if err := postStatus(ctx, client, nodeName, flags); err != nil {
				logf("kubelet", "failed to post the node status: %v", err)
			} else {
				lastStatus = time.Now()
			}
		}
		if !sleepCtx(ctx, 2*time.Second) {
			return
		}
	}
}

// registerNode creates the Node object, or takes the existing one, and posts its status.
func registerNode(ctx context.Context, client kubernetes.Interface, nodeName string, flags kubeletFlags) (*corev1.Node, error) {
	labels := map[string]string{
		"kubernetes.io/hostname":  nodeName,
		"kubernetes.io/os":        "linux",
		"kubernetes.io/arch":      runtime.GOARCH,
		"beta.kubernetes.io/os":   "linux",
		"beta.kubernetes.io/arch": runtime.GOARCH,
	}
	for k, v := range flags.nodeLabels {
		labels[k] = v
	}
	node := &corev1.Node{
		ObjectMeta: metav1.ObjectMeta{
			Name:        nodeName,
			Labels:      labels,
			Annotations: map[string]string{"volumes.kubernetes.io/controller-managed-attach-detach": "true"},
		},
		Spec: corev1.NodeSpec{ProviderID: flags.providerID},
	}
	created, err := client.CoreV1().Nodes().Create(ctx, node, metav1.CreateOptions{})
	if apierrors.IsAlreadyExists(err) {
		created, err = client.CoreV1().Nodes().Get(ctx, nodeName, metav1.GetOptions{})
	}
	if err != nil {
		return nil, err
	}
	if err := postStatus(ctx, client, nodeName, flags); err != nil {
		return nil, err
	}
	return created, nil
}

// postStatus writes the node's status: Ready, with its addresses, capacity and versions.
func postStatus(ctx context.Context, client kubernetes.Interface, nodeName string, flags kubeletFlags) error {
	node, err := client.CoreV1().Nodes().Get(ctx, nodeName, metav1.GetOptions{})
	if err != nil {
		return err
	}
	now := metav1.Now()
	condition := func(kind corev1.NodeConditionType, status corev1.ConditionStatus, reason, message string) corev1.NodeCondition {
		return corev1.NodeCondition{Type: kind, Status: status, Reason: reason, Message: message, LastHeartbeatTime: now, LastTransitionTime: now}
	}
	conditions := []corev1.NodeCondition{
		condition(corev1.NodeMemoryPressure, corev1.ConditionFalse, "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
		condition(corev1.NodeDiskPressure, corev1.ConditionFalse, "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
		condition(corev1.NodePIDPressure, corev1.ConditionFalse, "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
		// Ready last: kind's --wait reads the last condition of each control-plane node
		// (kind pkg/cluster/internal/create/actions/waitforready/waitforready.go).
		condition(corev1.NodeReady, corev1.ConditionTrue, "KubeletReady", "kubelet is posting ready status (kind-audit-node stands in for the kubelet)"),
	}
	// A condition that did not change keeps the time it last changed.
	for i, c := range conditions {
		for _, old := range node.Status.Conditions {
			if old.Type == c.Type && old.Status == c.Status {
				conditions[i].LastTransitionTime = old.LastTransitionTime
			}
		}
	}
	hostname, _ := os.Hostname()
	addresses := []corev1.NodeAddress{}
	if flags.nodeIP != "" {
		for _, ip := range strings.Split(flags.nodeIP, ",") {
			addresses = append(addresses, corev1.NodeAddress{Type: corev1.NodeInternalIP, Address: ip})
		}
	}
	addresses = append(addresses, corev1.NodeAddress{Type: corev1.NodeHostName, Address: hostname})
	capacity := corev1.ResourceList{
		corev1.ResourceCPU:              *resource.NewQuantity(int64(runtime.NumCPU()), resource.DecimalSI),
		corev1.ResourceMemory:           *resource.NewQuantity(memTotal(), resource.BinarySI),
		corev1.ResourcePods:             *resource.NewQuantity(110, resource.DecimalSI),
		corev1.ResourceEphemeralStorage: *resource.NewQuantity(100<<30, resource.BinarySI),
	}
	version := kubeletVersion()
	node.Status = corev1.NodeStatus{
		Capacity:    capacity,
		Allocatable: capacity,
		Conditions:  conditions,
		Addresses:   addresses,
		DaemonEndpoints: corev1.NodeDaemonEndpoints{
			KubeletEndpoint: corev1.DaemonEndpoint{Port: 10250},
		},
		NodeInfo: corev1.NodeSystemInfo{
			MachineID:               machineID(),
			SystemUUID:              machineID(),
			BootID:                  bootID(),
			KernelVersion:           kernelVersion(),
			OSImage:                 "kind-audit test node (busybox)",
			ContainerRuntimeVersion: "kind-audit-node://stand-in",
			KubeletVersion:          version,
			OperatingSystem:         "linux",
			Architecture:            runtime.GOARCH,
		},
	}
	_, err = client.CoreV1().Nodes().UpdateStatus(ctx, node, metav1.UpdateOptions{})
	return err
}

// renewLease keeps the node's Lease in kube-node-lease fresh: the node lifecycle controller marks
// a node whose lease lapses NotReady.
func renewLease(ctx context.Context, client kubernetes.Interface, node *corev1.Node) error {
	leases := client.CoordinationV1().Leases(corev1.NamespaceNodeLease)
	now := metav1.NewMicroTime(time.Now())
	lease, err := leases.Get(ctx, node.Name, metav1.GetOptions{})
	if apierrors.IsNotFound(err) {
		_, err = leases.Create(ctx, &coordinationv1.Lease{
			ObjectMeta: metav1.ObjectMeta{
				Name:      node.Name,
				Namespace: corev1.NamespaceNodeLease,
				OwnerReferences: []metav1.OwnerReference{{
					APIVersion: "v1", Kind: "Node", Name: node.Name, UID: node.UID,
				}},
			},
			Spec: coordinationv1.LeaseSpec{
				HolderIdentity:       ptr.To(node.Name),
				LeaseDurationSeconds: ptr.To(int32(leaseDuration)),
				RenewTime:            &now,
			},
		}, metav1.CreateOptions{})
		return err
	}
	if err != nil {
		return err
	}
	lease.Spec.RenewTime = &now
	_, err = leases.Update(ctx, lease, metav1.UpdateOptions{})
	return err
}

func kubeletVersion() string {
	data, err := os.ReadFile("/kind/version")
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(string(data))
}

func memTotal() int64 {
	data, _ := os.ReadFile("/proc/meminfo")
	for _, line := range strings.Split(string(data), "\n") {
		if fields := strings.Fields(line); len(fields) >= 2 && fields[0] == "MemTotal:" {
			if kb, err := strconv.ParseInt(fields[1], 10, 64); err == nil {
				return kb * 1024
			}
		}
	}
	return 0
}

func machineID() string {
	data, _ := os.ReadFile("/etc/machine-id")
	if id := strings.TrimSpace(string(data)); id != "" {
		return id
	}
	hostname, _ := os.Hostname()
	return hostname
}

func bootID() string {
	data, _ := os.ReadFile("/proc/sys/kernel/random/boot_id")
	return strings.TrimSpace(string(data))
}

func kernelVersion() string {
	data, _ := os.ReadFile("/proc/sys/kernel/osrelease")
	return strings.TrimSpace(string(data))
}
