// The etcd server, as the etcd release binary runs it: etcdmain is the package behind etcd's own
// main (go.etcd.io/etcd/server/v3/etcdmain, called from etcd's server/main.go).
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() { etcdmain.Main(os.Args) }
