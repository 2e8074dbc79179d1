"""README.md stays true: every command has help and is documented, every setting is listed."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.settings import Settings

from .conftest import PROJECT

README = (PROJECT / "README.md").read_text(encoding="utf-8")


def _settings_names(model, prefix=""):
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if hasattr(annotation, "model_fields"):
            yield from _settings_names(annotation, f"{prefix}{name}.")
        else:
            yield prefix + name


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_and_is_in_the_readme(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert cli.commands[command].help, f"`{command}` has no help text"
    assert f"assistant {command}" in README, f"README.md does not show `assistant {command}`"


@pytest.mark.parametrize("setting", sorted(_settings_names(Settings)))
def test_every_setting_is_documented_in_the_readme(setting):
    assert f"`{setting}`" in README, f"README.md's configuration table lacks `{setting}`"


def test_the_readme_test_command_is_what_ci_runs():
    commands = re.findall(r"```bash\n(.+?)\n```", README)
    ci = (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci
    assert "torch==2.13.0" in commands[0]
