//go:build tools

// The blank import keeps `go mod tidy` from dropping the main package `make tools` builds.
package tools

import _ "go.etcd.io/etcd/server/v3"
