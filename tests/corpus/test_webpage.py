"""Reading a saved web page: what was left out is always said (regression of the newcomer trial)."""

from __future__ import annotations

from medialit.corpus.webpage import left_out


def _page(links: int) -> tuple[bytes, list[str]]:
    nav = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(links))
    paras = [f"Paragraph {i} tells how the harbour ferry returned to service after repairs." for i in range(6)]
    html = ('<html><head><meta charset="utf-8"><title>Ferry</title></head><body><nav><ul>' + nav + "</ul></nav>"
            "<article>" + "".join(f"<p>{p}</p>" for p in paras) + "</article><footer><p>© 2024 Marlow Falls "
            "Gazette. All rights reserved.</p><p>Contact the newsroom</p></footer></body></html>")
    return html.encode("utf-8"), paras


def test_a_footer_after_a_long_menu_is_still_listed():
    """Newcomer trial: the dropped-lines report stopped at 40 lines, so the footer it dropped went unsaid."""
    data, kept = _page(45)
    dropped = left_out(data, kept, {})
    texts = [t for t, _ in dropped]
    assert "© 2024 Marlow Falls Gazette. All rights reserved." in texts and "Contact the newsroom" in texts
    assert any(t.startswith("… and ") and "more menu or link lines" in t for t in texts)
    listed = sum(1 for t in texts if t.startswith("Section "))
    more = int(next(t for t in texts if t.startswith("… and ")).split()[2])
    assert listed + more == 45  # every menu line is either listed or counted


def test_a_short_page_lists_every_line():
    data, kept = _page(3)
    assert [t for t, _ in left_out(data, kept, {})][:3] == ["Section 0", "Section 1", "Section 2"]
