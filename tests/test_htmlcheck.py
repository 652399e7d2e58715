"""The HTML checker helper itself: a page-validity test is only worth having if an invalid
page makes it fail. No database: these check strings, not rendered views."""

import pytest

from tests.htmlcheck import assert_valid_html, assert_valid_html_pages, checker_command

VALID = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Board minutes</title>
</head>
<body>
<main><h1>Minutes</h1><p>Agreed: £12 for the café, “with thanks”.</p></main>
</body>
</html>
"""


@pytest.fixture(autouse=True)
def _checker_available():
    # Outside any pytest.raises below, so a missing checker is a skip (or, in CI, a
    # failure) rather than the very Failed the invalid-page tests wait for.
    checker_command()


def test_it_passes_a_valid_document():
    assert_valid_html(VALID)


def test_it_passes_bytes_and_warnings():
    # One checker run for both, as each run costs a JVM start. Bytes are what Django
    # responses give; a trailing slash on a void element is only "info" to the checker.
    assert_valid_html_pages(
        {
            "bytes": VALID.encode("utf-8"),
            "trailing slash": VALID.replace('<meta charset="utf-8">', '<meta charset="utf-8" />'),
        }
    )


def test_it_fails_a_block_inside_a_paragraph():
    html = VALID.replace("<h1>Minutes</h1>", "<p><div>Minutes</div></p>")
    with pytest.raises(pytest.fail.Exception, match="Not valid HTML") as failure:
        assert_valid_html(html)
    assert "line 8" in str(failure.value)


def test_it_fails_a_missing_title():
    html = VALID.replace("<title>Board minutes</title>\n", "")
    with pytest.raises(pytest.fail.Exception, match="title"):
        assert_valid_html(html)


def test_it_reports_many_pages_by_name():
    bad = VALID.replace("<title>Board minutes</title>\n", "")
    with pytest.raises(pytest.fail.Exception) as failure:
        assert_valid_html_pages({"/good/": VALID, "/bad/": bad})
    assert "/bad/: 1 error(s)" in str(failure.value)
    assert "/good/" not in str(failure.value)


def test_it_skips_without_the_checker(monkeypatch, tmp_path):
    monkeypatch.setenv("VNU_JAR", str(tmp_path / "absent.jar"))
    monkeypatch.delenv("PROB_REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception, match="npm ci"):
        assert_valid_html(VALID)


def test_it_fails_without_the_checker_where_required(monkeypatch, tmp_path):
    monkeypatch.setenv("VNU_JAR", str(tmp_path / "absent.jar"))
    monkeypatch.setenv("PROB_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="PROB_REQUIRE_BROWSER=1"):
        assert_valid_html(VALID)
