from typing import Any

from django.urls import reverse

from meetings.models import Organisation
from tests.conftest import html_for, make_user


def test_it_shows_the_name_others_see(db: None) -> None:
    mopac = Organisation.objects.create(name="Mayor's Office", short_name="MOPAC")
    user = make_user("clerk@mopac.example", person_name="Sam Clerk", organisation=mopac)
    assert "<dd>Sam Clerk, MOPAC</dd>" in html_for(user, reverse("account"))


def test_it_shows_the_name_of_someone_with_no_person_record(db: None) -> None:
    user = make_user("admin@prob.example", first_name="Ada", last_name="Admin")
    assert "<dd>Ada Admin</dd>" in html_for(user, reverse("account"))


def test_it_shows_the_sign_in_address_to_its_owner(db: None) -> None:
    user: Any = make_user("clerk@mopac.example")
    assert "clerk@mopac.example" in html_for(user, reverse("account"))
