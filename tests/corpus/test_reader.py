"""The article reader: numbered paragraphs, and article text always escaped."""

from __future__ import annotations

from medialit import article_browser, load_article
from medialit.corpus.reader import article_html, article_widget

PAYLOAD = '<script>window.__xss=1</script> and <img src=x onerror="window.__xss=1"> & more'


def test_markup_in_an_article_is_visible_text(tmp_path):
    f = tmp_path / "evil.md"
    f.write_text(f"---\nheadline: '<b>bold</b> headline'\n---\n{PAYLOAD}\n", encoding="utf-8")
    html = article_html(load_article(f))
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt; &amp; more" in html
    assert "&lt;b&gt;bold&lt;/b&gt; headline" in html


def test_ids_paths_and_articles_are_accepted(tmp_path):
    from_id = article_widget("qom").value
    from_path = article_widget("articles/qom.txt").value
    assert from_id.count('class="ml-p"') == 10 and from_path.count('class="ml-p"') == 10


def test_kind_is_labelled():
    html = article_html("mosul")
    assert "Collected from the web" in html and "no headline, byline, date or links" in html


def test_browser_switches_articles():
    box = article_browser()
    menu, view = box.children[:2]
    assert menu.value == "basra-forum" and 'data-article="basra-forum"' in view.value
    menu.value = "isfahan"
    assert 'data-article="isfahan"' in view.value and view.value.count('class="ml-p"') == 11


def test_browser_leaves_the_capstone_practice_article_out_unless_asked():
    """Issue 15: lesson 00's browser must not open the capstone's practice article."""
    menu = article_browser().children[0]
    assert "practice-tabriz-festival" not in [v for _, v in menu.options]
    assert "control-school-roof" in [v for _, v in menu.options]
    assert article_browser(start="practice-tabriz-festival").children[0].value == "practice-tabriz-festival"


def test_browser_keeps_its_keys():
    box = article_browser()
    assert "ml-keys" in box._dom_classes and box.children[-1].__class__.__name__ == "KeyGuard"


def test_highlight_marks_escaped_spans():
    text = load_article("articles/qom.txt").paragraph(6).text
    start = text.index("subtly")
    html = article_html("qom", highlight={6: [(start, start + 18, "ml-hit")]})
    assert '<mark class="ml-hit">subtly underscores</mark>' in html
