def pytest_configure(config):
    config.addinivalue_line("markers", "drill: restore drills against a real PostgreSQL and S3 server (tools/drill-env.sh)")
