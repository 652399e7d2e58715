from django import forms


class OrganisationEmailForm(forms.Form):
    email = forms.EmailField(
        label="Your work email address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
        help_text="PROB takes you to your organisation's sign-in page for this address.",
    )

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()
