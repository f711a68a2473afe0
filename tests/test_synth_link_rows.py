"""Footer rows of links to legal pages are navigation; the notices themselves are disclaimers."""

from cleaner.synth.boilerplate import is_link_row


def test_rows_of_legal_page_links_are_link_rows():
    assert is_link_row("Privacy Policy | Terms of Use | Cookie Policy")
    assert is_link_row("Impressum · Datenschutz · Kontakt")
    assert is_link_row("隱私政策")


def test_notices_and_registration_lines_are_not_link_rows():
    assert not is_link_row("By using this site, you agree to our Terms of Use and Privacy Policy.")
    assert not is_link_row("違法和不良信息舉報電話：010-12345678")
    assert not is_link_row("Do Not Sell or Share My Personal Information")
