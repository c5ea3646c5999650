"""The analyst's note: Markdown shown near the top of the brief, sanitised; no note, no section."""
import shutil

import pytest

from claimcheck import brief, pipeline
from claimcheck.errors import NoteError
from claimcheck.notes import note_html, read_note
from conftest import ROOT, SEED, SEED_STEM, copy_project


def test_markdown_is_rendered_and_nothing_of_the_analysts_is_markup():
    shown = note_html("# Verdict\n\nThe **2023 base** is wrong.\n\n- one\n- two\n\n<script>window.x = 1</script>\n\n"
                      'Inline <img src=x onerror="alert(1)"> too.')
    assert "<h3>Verdict</h3>" in shown  # below the brief's own headings
    assert "<strong>2023 base</strong>" in shown and "<li>one</li>" in shown
    assert "<script" not in shown and "&lt;script&gt;window.x = 1&lt;/script&gt;" in shown
    assert "<img" not in shown and "&lt;img" in shown


def test_links_and_images_show_as_text_with_their_url():
    shown = note_html("See [the NBS release](https://www.stats.gov.cn/a?b=1&c=2), <https://example.com/x>, "
                      "[click](javascript:alert(1)) and ![chart](https://example.com/c.png).")
    assert "<a " not in shown and "<img" not in shown and "href" not in shown and "src=" not in shown
    assert 'the NBS release (<span class="note-url">https://www.stats.gov.cn/a?b=1&amp;c=2</span>)' in shown
    assert '<span class="note-url">https://example.com/x</span>,' in shown  # an autolink is its URL, once
    assert 'click (<span class="note-url">javascript:alert(1)</span>)' in shown
    assert '[image: chart] (<span class="note-url">https://example.com/c.png</span>)' in shown


def test_no_note_or_an_empty_one_means_no_section(tmp_path, seed_run):
    assert read_note(tmp_path / "missing.md") is None
    (tmp_path / "empty.md").write_text("  \n\n", encoding="utf-8")
    assert read_note(tmp_path / "empty.md") is None
    assert seed_run.note is None
    assert not any("Analyst's note" in html for html in brief.sections(seed_run))


def test_a_note_that_is_not_text_is_named_with_its_line(tmp_path):
    path = tmp_path / "x.md"
    path.write_bytes("Fine line\nbad \xe9 byte\n".encode("latin-1"))
    with pytest.raises(NoteError, match=r"x\.md, line 2: not valid UTF-8 at byte 14; save it as UTF-8 text"):
        read_note(path)


def test_the_note_comes_right_after_the_title_and_is_an_input_of_the_run(tmp_path, monkeypatch):
    project = copy_project(tmp_path / "p")
    (project / "data" / "notes").mkdir()
    (project / "data" / "notes" / f"{SEED_STEM}.md").write_text(
        "The 2023 base is off by a fifth: ask the desk for the source of **over 900 bn**.\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "project_root", lambda: project)
    run = pipeline.prepare(str(project / SEED))
    sections = brief.sections(run, root=project)
    assert "Number check brief" in sections[0] and "Analyst's note" in sections[1] and "Key findings" in sections[2]
    assert "ask the desk for the source of <strong>over 900 bn</strong>" in sections[1]
    assert ("analyst's note", project / "data" / "notes" / f"{SEED_STEM}.md") in [(r, p) for r, p, _ in run.inputs()]


def test_an_analyst_adds_a_section_with_a_template_alone(tmp_path, seed_run):
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    (tmp_path / "templates" / "brief" / "sections" / "25-desk.html.j2").write_text(
        '<section><h2>For the desk</h2><p>{{ run.article.outlet }}: {{ run.checks | length }} checks</p></section>\n',
        encoding="utf-8")
    titles = [html.split("<h2", 1)[-1][:60] for html in brief.sections(seed_run, root=tmp_path)]
    assert [i for i, t in enumerate(titles) if "For the desk" in t] == [2]  # after Key findings, in name order
    assert f"{seed_run.article.outlet}: {len(seed_run.checks)} checks" in brief.sections(seed_run, root=tmp_path)[2]


def test_a_mistake_in_a_template_names_the_template_and_its_line(tmp_path, seed_run):
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    (tmp_path / "templates" / "brief" / "sections" / "25-desk.html.j2").write_text(
        "<section>\n<p>{{ run.article.outlet }}</p>\n<p>{{ run.no_such_thing }}</p>\n</section>\n", encoding="utf-8")
    with pytest.raises(brief.SectionTemplateError, match=r"25-desk\.html\.j2, line 3: UndefinedError: .*no_such_thing"):
        brief.sections(seed_run, root=tmp_path)
