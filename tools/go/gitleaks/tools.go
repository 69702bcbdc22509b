//go:build tools

// The blank import keeps `go mod tidy` from dropping the main package CI builds.
package tools

import _ "github.com/zricethezav/gitleaks/v8"
