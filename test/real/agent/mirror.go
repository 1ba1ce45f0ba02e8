package main

import (
	"context"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
)

// Annotations the kubelet puts on a mirror pod (pkg/kubelet/types/pod_update.go); NodeRestriction
// lets a node create a pod only when it is a mirror pod bound to it and owned by its Node
// (plugin/pkg/admission/noderestriction/admission.go).
const (
	mirrorAnnotation = "kubernetes.io/config.mirror"
	hashAnnotation   = "kubernetes.io/config.hash"
	sourceAnnotation = "kubernetes.io/config.source"
	seenAnnotation   = "kubernetes.io/config.seen"
)

// syncMirrorPods makes the API server's mirror pods match the static pods, as the kubelet does:
// kubeadm finds the etcd members of a cluster through the etcd mirror pods' annotations when a
// control plane joins (cmd/kubeadm/app/util/etcd/etcd.go), and `kubectl get pods -n kube-system`
// shows the control plane.
func syncMirrorPods(ctx context.Context, client kubernetes.Interface, node *corev1.Node) {
	desiredPods.Lock()
	desired := desiredPods.pods
	desiredPods.Unlock()
	pods := client.CoreV1().Pods(metav1.NamespaceAll)
	existing, err := pods.List(ctx, metav1.ListOptions{FieldSelector: "spec.nodeName=" + node.Name})
	if err != nil {
		logf("kubelet", "list mirror pods: %v", err)
		return
	}
	have := map[string]corev1.Pod{}
	for _, p := range existing.Items {
		if _, ok := p.Annotations[mirrorAnnotation]; ok {
			have[p.Namespace+"/"+p.Name] = p
		}
	}
	for key, p := range have {
		spec, ok := desired[key]
		if !ok || p.Annotations[mirrorAnnotation] != spec.uid {
			err := client.CoreV1().Pods(p.Namespace).Delete(ctx, p.Name, metav1.DeleteOptions{})
			if err != nil && !apierrors.IsNotFound(err) {
				logf("kubelet", "delete mirror pod %s: %v", key, err)
			}
			delete(have, key)
		}
	}
	for key, spec := range desired {
		current, ok := have[key]
		if !ok {
			created, err := client.CoreV1().Pods(spec.namespace).Create(ctx, mirrorPod(spec, node), metav1.CreateOptions{})
			if err != nil {
				if !apierrors.IsAlreadyExists(err) {
					logf("kubelet", "create mirror pod %s: %v", key, err)
				}
				continue
			}
			current = *created
		}
		updateMirrorStatus(ctx, client, current, spec)
	}
}

func mirrorPod(spec podSpec, node *corev1.Node) *corev1.Pod {
	pod := spec.pod.DeepCopy()
	pod.Name, pod.Namespace = spec.name, spec.namespace
	if pod.Annotations == nil {
		pod.Annotations = map[string]string{}
	}
	pod.Annotations[mirrorAnnotation] = spec.uid
	pod.Annotations[hashAnnotation] = spec.uid
	pod.Annotations[sourceAnnotation] = "file"
	pod.Annotations[seenAnnotation] = time.Now().UTC().Format(time.RFC3339Nano)
	pod.Spec.NodeName = node.Name
	pod.OwnerReferences = []metav1.OwnerReference{{
		APIVersion: "v1", Kind: "Node", Name: node.Name, UID: node.UID, Controller: boolPtr(true),
	}}
	pod.Status = corev1.PodStatus{}
	return pod
}

// updateMirrorStatus reports the pod Running, and Ready while all its containers run.
func updateMirrorStatus(ctx context.Context, client kubernetes.Interface, pod corev1.Pod, spec podSpec) {
	states := containerRuntime.states(spec.namespace + "/" + spec.name)
	ready := corev1.ConditionTrue
	var statuses []corev1.ContainerStatus
	for _, c := range spec.containers {
		rec, ok := states[c.name]
		status := corev1.ContainerStatus{Name: c.name, Image: c.image, ImageID: c.image}
		switch {
		case ok && rec.State == "CONTAINER_RUNNING":
			status.Ready, status.Started = true, boolPtr(true)
			status.State.Running = &corev1.ContainerStateRunning{StartedAt: metav1.NewTime(rec.CreatedAt)}
			status.ContainerID = "kind-audit-node://" + rec.ID
			status.RestartCount = int32(rec.Attempt)
		case ok:
			ready = corev1.ConditionFalse
			status.State.Terminated = &corev1.ContainerStateTerminated{ExitCode: int32(rec.ExitCode), Reason: rec.Reason, StartedAt: metav1.NewTime(rec.CreatedAt), FinishedAt: metav1.NewTime(rec.FinishedAt)}
			status.ContainerID = "kind-audit-node://" + rec.ID
			status.RestartCount = int32(rec.Attempt)
		default:
			ready = corev1.ConditionFalse
			status.State.Waiting = &corev1.ContainerStateWaiting{Reason: "ContainerCreating"}
		}
		statuses = append(statuses, status)
	}
	phase := corev1.PodRunning
	if ready == corev1.ConditionFalse && len(states) == 0 {
		phase = corev1.PodPending
	}
	if pod.Status.Phase == phase && len(pod.Status.ContainerStatuses) == len(statuses) && podReady(pod) == ready && sameRestarts(pod.Status.ContainerStatuses, statuses) {
		return
	}
	now := metav1.Now()
	pod.Status = corev1.PodStatus{
		Phase:             phase,
		HostIP:            readKubeletFlags().nodeIP,
		ContainerStatuses: statuses,
		Conditions: []corev1.PodCondition{
			{Type: corev1.PodScheduled, Status: corev1.ConditionTrue, LastTransitionTime: now},
			{Type: corev1.PodInitialized, Status: corev1.ConditionTrue, LastTransitionTime: now},
			{Type: corev1.ContainersReady, Status: ready, LastTransitionTime: now},
			{Type: corev1.PodReady, Status: ready, LastTransitionTime: now},
		},
		StartTime: &now,
	}
	if _, err := client.CoreV1().Pods(pod.Namespace).UpdateStatus(ctx, &pod, metav1.UpdateOptions{}); err != nil && !apierrors.IsConflict(err) {
		logf("kubelet", "update mirror pod %s/%s status: %v", pod.Namespace, pod.Name, err)
	}
}

func podReady(pod corev1.Pod) corev1.ConditionStatus {
	for _, c := range pod.Status.Conditions {
		if c.Type == corev1.PodReady {
			return c.Status
		}
	}
	return corev1.ConditionUnknown
}

func sameRestarts(a, b []corev1.ContainerStatus) bool {
	for i := range a {
		if i >= len(b) || a[i].RestartCount != b[i].RestartCount {
			return false
		}
	}
	return true
}

func boolPtr(b bool) *bool { return &b }
