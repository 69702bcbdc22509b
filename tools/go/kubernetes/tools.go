//go:build tools

// The blank imports keep `go mod tidy` from dropping the main packages `make tools` builds.
package tools

import (
	_ "k8s.io/kubernetes/cmd/kube-apiserver"
	_ "k8s.io/kubernetes/cmd/kube-controller-manager"
)
