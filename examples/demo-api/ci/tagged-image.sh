#!/usr/bin/env bash
# Finds the image built and signed from the tagged commit, for a release tag's run (rc: stage, release: prod).
#
# A push to main pushes the scanned image to the shared registry tagged with the commit's SHA (tags there are
# immutable), then signs and attests its digest with this workflow's main-branch identity. A tag on that commit
# promotes exactly that digest: this script looks it up by the commit's tag, verifies the signature and the SBOM
# attestation were made by the main-branch workflow for this very commit (the certificate's workflow SHA), and
# writes `digest` and `image` to GITHUB_OUTPUT. Anything else is refused (exit 1) and nothing is written: a tag on
# a commit main never built, an image signed by someone else or for another commit.
#
# Environment:
#   REGISTRY             the shared registry's host, '<account>.dkr.ecr.<region>.amazonaws.com'
#   IMAGE_NAME           the repository, e.g. demo-api
#   COMMIT               the tagged commit's SHA (GITHUB_SHA on a tag push)
#   GITHUB_SERVER_URL, GITHUB_WORKFLOW_REF, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY   set by GitHub Actions
set -euo pipefail

: "${REGISTRY:?}" "${IMAGE_NAME:?}" "${COMMIT:?}" "${GITHUB_SERVER_URL:?}" "${GITHUB_WORKFLOW_REF:?}" "${GITHUB_OUTPUT:?}"

if [[ ! "$COMMIT" =~ ^[0-9a-f]{40}$ ]]; then
  echo "::error::commit '${COMMIT}' is not a 40-character sha"
  exit 1
fi
repository="${REGISTRY}/${IMAGE_NAME}"
# The identity main's publish job signed with: this workflow file on refs/heads/main (what Kyverno requires too).
identity="${GITHUB_SERVER_URL}/${GITHUB_WORKFLOW_REF%@*}@refs/heads/main"
issuer="https://token.actions.githubusercontent.com"

if ! digest="$(aws ecr describe-images --registry-id "${REGISTRY%%.*}" --repository-name "$IMAGE_NAME" \
    --image-ids "imageTag=${COMMIT}" --query 'imageDetails[0].imageDigest' --output text)"; then
  echo "::error::no image built from commit ${COMMIT} in ${repository}: tag a commit whose push to main was built and published"
  exit 1
fi
if [[ ! "$digest" =~ ^sha256:[0-9a-f]{64}$ ]]; then
  echo "::error::the registry gave '${digest}' for commit ${COMMIT} in ${repository}, not a digest"
  exit 1
fi
image="${repository}@${digest}"
# cosign <command...>: the image's signature (or attestation) was made by main's workflow, for this commit.
signed_for_commit() {
  cosign "$@" --certificate-identity "$identity" --certificate-oidc-issuer "$issuer" \
    --certificate-github-workflow-sha "$COMMIT" "$image" > /dev/null
}
if ! signed_for_commit verify || ! signed_for_commit verify-attestation --type cyclonedx; then
  echo "::error::${image} is not signed by the main-branch workflow for commit ${COMMIT} (signature and SBOM attestation)"
  exit 1
fi

{
  echo "digest=${digest}"
  echo "image=${image}"
} >> "$GITHUB_OUTPUT"
if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
  echo "Promoting \`${image}\`, built and signed from ${COMMIT}" >> "$GITHUB_STEP_SUMMARY"
fi
