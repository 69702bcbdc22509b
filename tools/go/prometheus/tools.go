//go:build tools

// The blank import keeps `go mod tidy` from dropping the main package `make tools` builds.
package tools

import _ "github.com/prometheus/prometheus/cmd/promtool"
