from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Accounts are created by a service administrator, never by self sign-up."""

    def is_open_for_signup(self, request):
        return False


def axes_username(request, credentials):
    """The user name axes locks on, the same whether it reads the login form or allauth's credentials.

    allauth's form field is `login` but it authenticates with `username=`; without this the failures
    were counted under one name and the lockout checked under another, so it never triggered.
    """
    if credentials and credentials.get("username"):
        return credentials["username"]
    return request.POST.get("login") if request is not None and request.method == "POST" else None
