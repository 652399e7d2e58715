"""Work done outside the request, through Django's task framework (settings.TASKS)."""

from django.tasks import task

from accounts.forms import ResetForm


@task
def password_reset_send(*, email: str, domain: str, use_https: bool) -> None:
    """Emails a link to choose a new password to each active account that uses `email`.

    Run outside the request, so that how long the request takes does not tell whether an
    account uses the address: the request only queues this, for any address.
    """
    form = ResetForm({"email": email})
    if form.is_valid():
        form.save(domain_override=domain, use_https=use_https)
