"""Entry points in a subprocess: the window paints without torch; sub-commands hand over."""

import os
import subprocess
import sys


def run_main(args, tmp_path, extra_env=None, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LEPTON_STUDIO_HOME=str(tmp_path / "home"))
    env.update(extra_env or {})
    return subprocess.run([sys.executable, "-m", "lepton_studio", *args], env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_window_paints_before_torch_is_imported(tmp_path):
    result = run_main([], tmp_path, {"LEPTON_STUDIO_EXIT_AFTER_PAINT": "1"})
    assert result.returncode == 0, result.stderr
    assert "first-paint torch=False" in result.stdout


def test_window_opens_a_project_file_given_on_the_command_line(tmp_path, sample_file):
    result = run_main([str(sample_file)], tmp_path, {"LEPTON_STUDIO_EXIT_AFTER_PAINT": "1"})
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stdout


def test_help_and_version(tmp_path):
    result = run_main(["--help"], tmp_path)
    assert result.returncode == 0 and "usage: lepton-studio" in result.stdout
    result = run_main(["--version"], tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("Lepton Studio ")
    result = run_main(["--no-such-option"], tmp_path)
    assert result.returncode == 2


def test_subcommand_goes_to_the_cli(tmp_path):
    result = run_main(["info", "--help"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "usage" in (result.stdout + result.stderr).lower()
    assert "info" in result.stdout + result.stderr


def test_gui_modules_do_not_import_torch(tmp_path):
    code = ("import sys\n"
            "import lepton_studio.__main__, lepton_studio.gui.app, lepton_studio.gui.main_window\n"
            "import lepton_studio.gui.pages as p\n"
            "for step in p.PAGES: p.page_class(step)\n"
            "print('torch' in sys.modules)\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LEPTON_STUDIO_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
