"""platform_constructs is what team repos install: prove the wheel works away from this repository."""
import os
import subprocess
import sys
import textwrap
import venv

from support import ROOT

TEAM_APP = textwrap.dedent("""
    import cdk8s, imports.k8s  # the team's own generated bindings, unrelated to ours
    from platform_constructs import (IsolatedNamespace, IsolatedNamespaceProps, SecureApp, SecureAppProps,
                                     ClusterBootstrap, ClusterBootstrapProps, GitOpsRepo, environment)
    import platform_constructs
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "team", disable_resource_name_hashes=True)
    env = environment("stage")
    ns = IsolatedNamespace(chart, "ns", props=IsolatedNamespaceProps(name="team-a", team="team-a", env=env))
    SecureApp(chart, "api", props=SecureAppProps(name="api", namespace=ns.name, env=env,
              image="registry.example.com/api:1.0.0@sha256:" + "b" * 64))
    ClusterBootstrap(chart, "argo", props=ClusterBootstrapProps(repo=GitOpsRepo(url="https://git.example.com/gitops.git"),
                     env=env, cluster_path="clusters/stage", platform_path="platform/stage"))
    kinds = sorted({o["kind"] for o in chart.to_json()})
    print(imports.k8s.MARKER, platform_constructs.__file__.startswith(__import__("sys").prefix), ",".join(kinds))
""")


def test_wheel_installs_and_synthesizes_outside_the_repo(tmp_path):
    wheel_dir = tmp_path / "wheel"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(wheel_dir), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(wheel_dir.glob("platform_constructs-*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
                   check=True, capture_output=True)

    team = tmp_path / "team-repo"
    (team / "imports").mkdir(parents=True)
    (team / "imports" / "__init__.py").write_text("")
    (team / "imports" / "k8s.py").write_text("MARKER = 'team-imports'\n")
    (team / "main.py").write_text(TEAM_APP)
    proc = subprocess.run([str(py), "main.py"], cwd=team, capture_output=True, text=True,
                          env={"PATH": os.environ["PATH"], "HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    marker, from_site_packages, kinds = proc.stdout.split()
    assert marker == "team-imports"
    assert from_site_packages == "True", "the library must come from the installed wheel, not this checkout"
    assert set(kinds.split(",")) >= {"AppProject", "Application", "Deployment", "Namespace", "NetworkPolicy", "Service"}
