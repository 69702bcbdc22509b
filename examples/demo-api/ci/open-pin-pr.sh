#!/usr/bin/env bash
# Proposes a release-pin change as a pull request on the platform repository.
#
# Run from the platform checkout after `python -m platform_constructs release ...`
# has rewritten a pin file there. Commits the change to BRANCH, pushes it and
# opens a pull request (or updates the open one when a job is re-run), so every
# deployment is a reviewed Git diff.
#
# Environment:
#   GH_TOKEN       GitHub App token: contents + pull-requests write on the platform repo
#   PLATFORM_REPO  owner/name of the platform repository
#   BRANCH         branch to push, e.g. release/demo-api/dev-<sha>
#   TITLE          commit and pull-request title
#   BODY_FILE      file with the CLI's summary of what changes (the PR description)
set -euo pipefail

: "${GH_TOKEN:?}" "${PLATFORM_REPO:?}" "${BRANCH:?}" "${TITLE:?}" "${BODY_FILE:?}"

if [[ -z "$(git status --porcelain)" ]]; then
  echo "The pins already match; nothing to propose."
  exit 0
fi

message="$(mktemp)"
trap 'rm -f "$message"' EXIT
{
  printf '%s\n\n' "$TITLE"
  cat "$BODY_FILE"
} >"$message"

git config user.name "demo-api-ci[bot]"
git config user.email "demo-api-ci[bot]@users.noreply.github.com"
git switch --create "$BRANCH"
git add --all
git commit --quiet --file "$message"

# The checkout keeps no credentials; gh lends GH_TOKEN to this push only.
gh auth setup-git --hostname github.com
git push --force origin "HEAD:refs/heads/${BRANCH}"

if url="$(gh pr view "$BRANCH" --repo "$PLATFORM_REPO" --json url --jq .url 2>/dev/null)"; then
  echo "Updated ${url}"
else
  gh pr create --repo "$PLATFORM_REPO" --head "$BRANCH" --title "$TITLE" --body-file "$BODY_FILE"
fi
