def pytest_configure(config):
    config.addinivalue_line("markers", "drill: restore drills against a real PostgreSQL and S3 server (tools/drill-env.sh)")
    config.addinivalue_line("markers", "failover: failover drills: three Patroni members on real PostgreSQL and the real "
                                       "kube-apiserver (tools/drill-env.sh, make tools)")
