package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	corev1 "k8s.io/api/core/v1"
	"sigs.k8s.io/yaml"
)

// imagesFile lists the images the node holds, one reference a line, written when the node image is
// built (from `kubeadm config images list` of its version). A kind node image holds its images
// preloaded in containerd; a static pod naming any other image would need a pull, which fails
// offline, and so it does here.
const imagesFile = "/kind/images"

// imageBinaries maps an image's repository name to the binary that is its entrypoint in the node.
var imageBinaries = map[string]string{
	"kube-apiserver":          "/usr/local/bin/kube-apiserver",
	"kube-controller-manager": "/usr/local/bin/kube-controller-manager",
	"kube-scheduler":          "/usr/local/bin/kube-scheduler",
	"etcd":                    "/usr/local/bin/etcd",
}

// podSpec is what the runtime needs of one static pod.
type podSpec struct {
	name, namespace, uid string
	source               string // the manifest file
	hash                 string // of the manifest's bytes: a change restarts the pod
	containers           []containerSpec
	pod                  *corev1.Pod // as the manifest has it, for the mirror pod
}

type containerSpec struct {
	name, image string
	volumes     []volumeSpec
	process     processSpec
}

// volumeSpec is one hostPath volume mounted into a container.
type volumeSpec struct {
	name, hostPath, hostPathType string
	mountPath                    string
	readOnly                     bool
}

// processSpec is what run-container gets: the process and the root it runs in.
type processSpec struct {
	// Binaries are the image's files: node path → path in the container's root.
	Binaries map[string]string `json:"binaries"`
	Mounts   []mountSpec       `json:"mounts"`
	Argv     []string          `json:"argv"`
	Env      []string          `json:"env"`
	Dir      string            `json:"dir"`
}

type mountSpec struct {
	Source   string `json:"source"`
	Target   string `json:"target"`
	ReadOnly bool   `json:"readOnly"`
}

// The PATH an image's entrypoint is looked up in, as in Kubernetes' and etcd's images.
const imagePath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

func nodeImages() map[string]bool {
	data, err := os.ReadFile(imagesFile)
	out := map[string]bool{}
	if err != nil {
		return out
	}
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out[line] = true
		}
	}
	return out
}

// readStaticPods reads every manifest in dir, as the kubelet's file source does (hidden files are
// skipped). A manifest that cannot be used is reported and left out.
func readStaticPods(dir, nodeName string) map[string]podSpec {
	out := map[string]podSpec{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return out
	}
	images := nodeImages()
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		spec, err := readStaticPod(path, nodeName, images)
		if err != nil {
			logf("kubelet", "static pod %s: %v", path, err)
			continue
		}
		out[spec.namespace+"/"+spec.name] = spec
	}
	return out
}

func readStaticPod(path, nodeName string, images map[string]bool) (podSpec, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return podSpec{}, err
	}
	var pod corev1.Pod
	if err := yaml.Unmarshal(data, &pod); err != nil {
		return podSpec{}, fmt.Errorf("not a Pod: %w", err)
	}
	sum := sha256.Sum256(append(data, nodeName...))
	spec := podSpec{
		// A static pod's name gets the node's name, as its mirror pod's does.
		name:      pod.Name + "-" + nodeName,
		namespace: pod.Namespace,
		uid:       hex.EncodeToString(sum[:16]),
		source:    path,
		hash:      hex.EncodeToString(sum[:]),
		pod:       &pod,
	}
	if spec.namespace == "" {
		spec.namespace = "default"
	}
	volumes := map[string]corev1.Volume{}
	for _, v := range pod.Spec.Volumes {
		volumes[v.Name] = v
	}
	for _, c := range pod.Spec.Containers {
		cs, err := containerOf(c, volumes, images)
		if err != nil {
			return podSpec{}, fmt.Errorf("container %q: %w", c.Name, err)
		}
		spec.containers = append(spec.containers, cs)
	}
	return spec, nil
}

func containerOf(c corev1.Container, volumes map[string]corev1.Volume, images map[string]bool) (containerSpec, error) {
	repo := c.Image
	if i := strings.LastIndex(repo, "@"); i >= 0 {
		repo = repo[:i]
	}
	if i := strings.LastIndex(repo, ":"); i > strings.LastIndex(repo, "/") {
		repo = repo[:i]
	}
	binary, known := imageBinaries[repo[strings.LastIndex(repo, "/")+1:]]
	if !known || !images[c.Image] {
		return containerSpec{}, fmt.Errorf("image %q is not in this node (it holds %s) and cannot be pulled", c.Image, strings.Join(sortedKeys(images), ", "))
	}
	argv := append(append([]string{}, c.Command...), c.Args...)
	if len(argv) == 0 {
		argv = []string{filepath.Base(binary)}
	}
	env := []string{"PATH=" + imagePath, "HOME=/root"}
	for _, e := range c.Env {
		if e.ValueFrom != nil {
			return containerSpec{}, fmt.Errorf("env %s: valueFrom is not stood in for", e.Name)
		}
		env = append(env, e.Name+"="+e.Value)
	}
	cs := containerSpec{
		name:  c.Name,
		image: c.Image,
		process: processSpec{
			Binaries: map[string]string{binary: binary},
			Argv:     argv,
			Env:      env,
			Dir:      c.WorkingDir,
		},
	}
	for _, m := range c.VolumeMounts {
		v, ok := volumes[m.Name]
		if !ok {
			return containerSpec{}, fmt.Errorf("volumeMount %q names no volume of the pod", m.Name)
		}
		if v.HostPath == nil {
			return containerSpec{}, fmt.Errorf("volume %q: only hostPath volumes are stood in for", m.Name)
		}
		hostPathType := ""
		if v.HostPath.Type != nil {
			hostPathType = string(*v.HostPath.Type)
		}
		cs.volumes = append(cs.volumes, volumeSpec{name: m.Name, hostPath: v.HostPath.Path, hostPathType: hostPathType, mountPath: m.MountPath, readOnly: m.ReadOnly})
		cs.process.Mounts = append(cs.process.Mounts, mountSpec{Source: v.HostPath.Path, Target: m.MountPath, ReadOnly: m.ReadOnly})
	}
	return cs, nil
}

// prepareVolumes checks and creates each hostPath as the kubelet's hostPath volume plugin does for
// its type (pkg/volume/hostpath/host_path.go): DirectoryOrCreate and FileOrCreate create what is
// missing, Directory, File, Socket, CharDevice and BlockDevice must already be so. With no type
// nothing is checked, and a missing path becomes a directory, as the container runtime creates a
// missing bind-mount source.
func (c containerSpec) prepareVolumes() error {
	for _, v := range c.volumes {
		info, err := os.Stat(v.hostPath)
		missing := os.IsNotExist(err)
		if err != nil && !missing {
			return fmt.Errorf("volume %q: %v", v.name, err)
		}
		mode := os.FileMode(0)
		if !missing {
			mode = info.Mode()
		}
		switch v.hostPathType {
		case "", "DirectoryOrCreate":
			if missing {
				if err := os.MkdirAll(v.hostPath, 0o755); err != nil {
					return fmt.Errorf("volume %q: %v", v.name, err)
				}
			} else if v.hostPathType == "DirectoryOrCreate" && !mode.IsDir() {
				return fmt.Errorf("volume %q: hostPath type check failed: %s is not a directory", v.name, v.hostPath)
			}
		case "FileOrCreate":
			if missing {
				if err := os.MkdirAll(filepath.Dir(v.hostPath), 0o755); err != nil {
					return fmt.Errorf("volume %q: %v", v.name, err)
				}
				f, err := os.OpenFile(v.hostPath, os.O_CREATE|os.O_WRONLY, 0o644)
				if err != nil {
					return fmt.Errorf("volume %q: %v", v.name, err)
				}
				f.Close()
			} else if !mode.IsRegular() {
				return fmt.Errorf("volume %q: hostPath type check failed: %s is not a file", v.name, v.hostPath)
			}
		case "Directory":
			if missing || !mode.IsDir() {
				return fmt.Errorf("volume %q: hostPath type check failed: %s is not a directory", v.name, v.hostPath)
			}
		case "File":
			if missing || !mode.IsRegular() {
				return fmt.Errorf("volume %q: hostPath type check failed: %s is not a file", v.name, v.hostPath)
			}
		case "Socket":
			if missing || mode&os.ModeSocket == 0 {
				return fmt.Errorf("volume %q: hostPath type check failed: %s is not a socket file", v.name, v.hostPath)
			}
		case "CharDevice", "BlockDevice":
			if missing || mode&os.ModeDevice == 0 {
				return fmt.Errorf("volume %q: hostPath type check failed: %s is not a device", v.name, v.hostPath)
			}
		default:
			return fmt.Errorf("volume %q: unknown hostPath type %q", v.name, v.hostPathType)
		}
	}
	return nil
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
