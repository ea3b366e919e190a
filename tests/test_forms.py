"""The form data (checklists/forms) is validated at load: a bad file never reaches a check."""

from __future__ import annotations

import shutil

import pytest

from gatekeeper.forms import forms_dir, load_forms


def test_the_shipped_form_data_loads():
    data = load_forms()
    assert {"MG3", "MG11"} <= set(data.forms)
    assert data.form("MG3").get("early_advice").values["not_sought"]
    assert any(r.name == "her sister" for r in data.phrases.relationship)


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (('key = "test"', "key = \"test\"\nsynonyms = ['x']"), "Extra inputs"),
        (("labels = ['^urn\\b', '^unique reference']", "labels = ['^urn(']"), "bad pattern"),
        (('key = "offence"', 'key = "test"'), "used twice"),
    ],
    ids=["unknown key", "bad regex", "duplicate box"],
)
def test_a_bad_form_file_fails_at_load(tmp_path, change, complaint):
    folder = tmp_path / "forms"
    shutil.copytree(forms_dir(), folder)
    path = folder / "mg3.toml"
    old, new = change
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ValueError, match=complaint):
        load_forms(folder)
