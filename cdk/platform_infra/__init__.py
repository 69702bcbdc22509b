"""Typed settings and derived values of the platform's AWS environments.

Importing this package never imports ``aws_cdk``: the stacks live in
``platform_infra.stack`` and are imported only by the CDK app and its tests.
"""

from .config import (
    ENVIRONMENTS,
    REGISTRY,
    SUPPORTED_KUBERNETES_VERSIONS,
    CapacityType,
    ConfigError,
    EnvironmentConfig,
    NodeGroupConfig,
    PullThroughCache,
    RegistryConfig,
    TeamRole,
    environment,
    environments_for,
    registry_for,
    validate_environments,
)
from .values import (
    NODE_POOL_LABEL,
    NodePool,
    NodeTaint,
    PlatformValues,
    RegistryValues,
    WorkloadIdentity,
    platform_values,
    registry_values,
    values_for,
)

__all__ = [
    "ENVIRONMENTS",
    "NODE_POOL_LABEL",
    "SUPPORTED_KUBERNETES_VERSIONS",
    "CapacityType",
    "ConfigError",
    "EnvironmentConfig",
    "NodePool",
    "NodeTaint",
    "NodeGroupConfig",
    "PlatformValues",
    "PullThroughCache",
    "REGISTRY",
    "RegistryConfig",
    "RegistryValues",
    "TeamRole",
    "WorkloadIdentity",
    "environment",
    "environments_for",
    "platform_values",
    "registry_for",
    "registry_values",
    "validate_environments",
    "values_for",
]
