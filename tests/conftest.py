import cdk8s
import pytest
import support  # noqa: F401  (puts the pinned Node on PATH before cdk8s loads)


@pytest.fixture
def chart():
    """A fresh chart; `support.manifests(chart)` renders it."""
    return cdk8s.Chart(cdk8s.App(), "test", disable_resource_name_hashes=True)
