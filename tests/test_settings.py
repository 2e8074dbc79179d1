"""One settings object; precedence: command-line flags, then ASSISTANT_* env, then TOML, then defaults."""

from __future__ import annotations

from pathlib import Path

from assistant.settings import AnswerSettings, Settings


def test_defaults_work_offline():
    settings = Settings()
    assert settings.embedding.model == "use-multilingual"
    assert settings.index_dir.name == "index"
    assert settings.server.host == "127.0.0.1"


def test_env_overrides_toml_and_flags_override_env(tmp_path, monkeypatch):
    config = tmp_path / "assistant.toml"
    config.write_text('index_dir = "/from/toml"\n[retrieval]\ntop_k = 3\n[answer]\nrefusal_threshold = 0.4\n')
    monkeypatch.setenv("ASSISTANT_CONFIG", str(config))
    assert Settings().retrieval.top_k == 3
    monkeypatch.setenv("ASSISTANT_RETRIEVAL__TOP_K", "6")
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", "/from/env")
    settings = Settings.load(index_dir=Path("/from/flag"), **{"embedding.model": None})
    assert settings.index_dir == Path("/from/flag")
    assert settings.retrieval.top_k == 6  # env beats TOML
    assert settings.answer.refusal_threshold == 0.4  # TOML beats default
    assert settings.embedding.model == "use-multilingual"  # an unset flag hides nothing
    assert Settings.load().index_dir == Path("/from/env")


def test_chinese_questions_have_their_own_refusal_threshold():
    answer = AnswerSettings()
    assert answer.threshold_for("zh") == answer.refusal_threshold_chinese
    assert answer.threshold_for("zh") < answer.threshold_for("en") == answer.refusal_threshold
    # Unset, Chinese questions take the one threshold.
    assert AnswerSettings(refusal_threshold_chinese=None).threshold_for("zh") == answer.refusal_threshold
