# Sourced by the scripts that call barman-cloud: bounds on every object-store call. botocore's defaults (60s
# connect and read timeouts, legacy retries) let one WAL upload to an S3 that silently drops packets hang for
# minutes while PostgreSQL waits on it; with these a call gives up within S3_ATTEMPT_SECONDS and the caller
# retries (archive_command) or reports (restore_command).
export AWS_RETRY_MODE="${AWS_RETRY_MODE:-standard}" AWS_MAX_ATTEMPTS="${AWS_MAX_ATTEMPTS:-3}"
export S3_READ_TIMEOUT="${S3_READ_TIMEOUT:-20}"
# A whole call (listing plus one 16 MiB segment), killed by timeout(1) past this: no botocore setting bounds
# a connection that accepts and then never answers.
S3_ATTEMPT_SECONDS=${S3_ATTEMPT_SECONDS:-60}
