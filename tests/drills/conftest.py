import pytest
from pg_drill import Drill, missing_prerequisites


def pytest_configure(config):
    config.addinivalue_line("markers", "drill: restore drills against a real PostgreSQL and S3 server (tools/drill-env.sh)")
    config.addinivalue_line("markers", "failover: failover drills: three Patroni members on real PostgreSQL and the real "
                                       "kube-apiserver (tools/drill-env.sh, make tools)")


@pytest.fixture(scope="module")
def drill(request):
    """A drill workspace per test module (rendered scripts, moto's S3, PostgreSQL servers as postgres)."""
    reason = missing_prerequisites()
    if reason:
        print(f"{request.module.__name__} skipped: {reason}")
        pytest.skip(reason)
    d = Drill()
    try:
        yield d
    finally:
        d.close()
