"""tools/imports.py: the bindings in imports/ are generated from the CRDs cdk8s.yaml pins, one module each."""
import subprocess
import sys

from support import ROOT

from tools import imports


def test_every_pinned_crd_has_its_generated_module():
    names = [name for name, _ in imports.specs(None)]
    assert {"cert_manager_certificates", "cert_manager_clusterissuers"} <= set(names)
    missing = [n for n in names if not (ROOT / "imports" / n).is_dir()]
    assert not missing, f"cdk8s.yaml pins CRDs without bindings (python tools/imports.py {' '.join(missing)})"


def test_an_unknown_module_is_refused_by_name_before_anything_runs():
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "imports.py"), "cert_manager_certificates", "no_such"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    assert proc.stderr.strip() == "imports: no module 'no_such' in cdk8s.yaml"
