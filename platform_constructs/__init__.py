"""Typed, secure-by-default cdk8s constructs for the platform."""
from ._errors import Problem, PropsError
from ._pod import HttpProbes
from .argocd import ClusterBootstrap, GitOpsRepo, TeamProject
from .isolated_namespace import IsolatedNamespace, IsolatedNamespaceProps
from .network import Peer, Port
from .output import LayoutChart, render, write_tree
from .releases import ReleaseFileError, ReleasePins
from .secure_app import Autoscaling, IngressOptions, SecureApp, SecureAppProps
from .settings import (
    EnvironmentSettings,
    HumanAccess,
    NamespaceQuota,
    PolicyAction,
    Resources,
    SyncWindow,
    environment,
    environments,
)

__all__ = [
    "Autoscaling", "ClusterBootstrap", "EnvironmentSettings", "GitOpsRepo", "HttpProbes", "HumanAccess",
    "IngressOptions", "IsolatedNamespace", "IsolatedNamespaceProps", "LayoutChart", "NamespaceQuota", "Peer",
    "PolicyAction", "Port", "Problem", "PropsError", "ReleaseFileError", "ReleasePins", "Resources", "SecureApp",
    "SecureAppProps", "SyncWindow", "TeamProject", "environment", "environments", "render", "write_tree",
]
