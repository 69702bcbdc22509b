"""PromQL text for an app's HTTP metrics, shared by the canary analysis, the alerts and the dashboard.

One place builds every query, so the analysis, the alerts and the panels measure the same thing the
same way: requests counted by `http_requests_total{status,route}` and timed by the
`http_request_duration_seconds` histogram (the demo-api's names, see examples/demo-api/README.md).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

# Label names the ServiceMonitor's relabelling gives every scraped series (see observability.py).
APP_LABEL = "app"
HASH_LABEL = "rollouts_pod_template_hash"
ROLE_LABEL = "rollout_role"


@dataclass(frozen=True, kw_only=True, slots=True)
class HttpMetrics:
    """Names, labels and buckets of an app's HTTP metrics. Default: the demo-api's (prom-client)."""

    requests_total: str = "http_requests_total"
    """Default: 'http_requests_total', a counter of completed requests."""
    duration: str = "http_request_duration_seconds"
    """Default: 'http_request_duration_seconds', a histogram of request latency in seconds."""
    status_label: str = "status"
    """Default: 'status', the numeric HTTP status code as a string."""
    route_label: str = "route"
    """Default: 'route', the route template (never the raw URL)."""
    excluded_routes: tuple[str, ...] = ("/healthz", "/metrics")
    """Default: the probe and scrape routes, which are not user traffic and would dilute errors and latency."""
    buckets: tuple[float, ...] = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
    """Default: the demo-api's histogram buckets in seconds; a latency objective must be one of them."""


def number(value: float) -> str:
    """A short, exact-looking literal: 0.0144 rather than 0.014400000000000001."""
    return f"{value:.6g}"


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def selector(equal: Mapping[str, str], *, extra: Sequence[str] = ()) -> str:
    """`{a="x",b="y",<extra matchers>}` with label names sorted, so output is stable."""
    return "{" + ",".join([f"{k}={_quote(v)}" for k, v in sorted(equal.items())] + list(extra)) + "}"


def _regex_alternatives(values: Sequence[str]) -> str:
    specials = set(".^$*+?()[]{}|\\")
    return "|".join("".join("\\" + c if c in specials else c for c in v) for v in values)


@dataclass(frozen=True, slots=True)
class HttpQueries:
    """PromQL for one app's HTTP traffic, scoped by `scope` (such as namespace and app labels)."""

    metrics: HttpMetrics
    scope: Mapping[str, str]

    def _sel(self, *extra: str) -> str:
        m = self.metrics
        routes = [f"{m.route_label}!~{_quote(_regex_alternatives(m.excluded_routes))}"] if m.excluded_routes else []
        return selector(self.scope, extra=[*routes, *extra])

    def requests(self, window: str, *, by: str = "", errors: bool = False) -> str:
        """Requests per second (only 5xx answers when `errors`), summed `by` the given labels."""
        status = [f'{self.metrics.status_label}=~"5.."'] if errors else []
        return f"sum{_by(by)}(rate({self.metrics.requests_total}{self._sel(*status)}[{window}]))"

    def request_count(self, window: str) -> str:
        """How many requests completed in `window`."""
        return f"sum(increase({self.metrics.requests_total}{self._sel()}[{window}]))"

    def success_ratio(self, window: str, *, by: str = "") -> str:
        """Share of requests not answered with a 5xx.

        A version that answered nothing but 5xx has no non-5xx series at all (a counter exists once it counted):
        `or total * 0` makes that share 0, where the plain division gave no sample and the canary analysis NaN,
        which reads as inconclusive instead of failed.
        """
        status = f'{self.metrics.status_label}!~"5.."'
        good = f"sum{_by(by)}(rate({self.metrics.requests_total}{self._sel(status)}[{window}]))"
        total = self.requests(window, by=by)
        return f"({good} or {total} * 0) / {total}"

    def error_ratio(self, window: str, *, by: str = "") -> str:
        """Share of requests answered with a 5xx."""
        return f"{self.requests(window, by=by, errors=True)} / {self.requests(window, by=by)}"

    def slow_ratio(self, threshold_seconds: float, window: str, *, by: str = "") -> str:
        """Share of requests slower than `threshold_seconds` (a bucket boundary)."""
        d = self.metrics.duration
        fast = f"sum{_by(by)}(rate({d}_bucket{self._sel(le_matcher(threshold_seconds))}[{window}]))"
        total = f"sum{_by(by)}(rate({d}_count{self._sel()}[{window}]))"
        return f"1 - ({fast} / {total})"

    def latency_quantile(self, quantile: float, window: str, *, by: str = "") -> str:
        """The `quantile` of request latency in seconds, from the histogram."""
        group = ", ".join(["le", *[x.strip() for x in by.split(",") if x.strip()]])
        return (f"histogram_quantile({number(quantile)}, sum by ({group}) "
                f"(rate({self.metrics.duration}_bucket{self._sel()}[{window}])))")


def le_matcher(threshold_seconds: float) -> str:
    """Matches one bucket boundary whichever way it is written: Prometheus 3 stores `le="1"` as `le="1.0"`."""
    text = number(threshold_seconds)
    return f'le=~"{text}|{text}.0"' if float(threshold_seconds).is_integer() else f'le="{text}"'


def gated(expr: str, count: str, minimum: int) -> str:
    """`expr` when `count` reached `minimum`, else NaN: too little traffic is "no answer", never a pass.

    The result always holds exactly one sample, so an analysis condition can read `result[0]` safely.
    """
    return f"(({expr}) and on() ({count} >= {minimum})) or on() vector(NaN)"


def _by(labels: str) -> str:
    return f" by ({labels}) " if labels else ""
