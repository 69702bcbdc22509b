"""Generated CRD bindings (`make imports`); see cdk8s.yaml for the pinned sources."""
