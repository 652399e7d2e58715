from django.test import RequestFactory

from prob.errors import server_error


def test_it_serves_a_friendly_500_page_without_the_database() -> None:
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in response.content.decode()
