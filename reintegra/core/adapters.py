from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Accounts are created by a service administrator, never by self sign-up."""

    def is_open_for_signup(self, request):
        return False


def lockout_key(username):
    """The one spelling of a user name that failures are counted and lockouts checked under.

    Sign-in finds the account whatever the casing typed (allauth matches `username__iexact`, then
    compares lower-cased, after stripping the field), so the lockout must fold the same way: counted
    per name as typed, `Alice`, `ALICE` and `alice` were three counters for one account, and a locked
    account still signed in with another casing. Lower-casing is exactly allauth's comparison, so every
    spelling that signs in one account lands on one key.
    """
    return username.strip().lower() if username else None


def axes_username(request, credentials):
    """The user name axes locks on, the same whether it reads the login form or allauth's credentials.

    allauth's form field is `login` but it authenticates with `username=`; without this the failures
    were counted under one name and the lockout checked under another, so it never triggered. Both are
    folded by `lockout_key`, and so is the stored name axes passes when a sign-in succeeds (its reset).
    """
    if credentials and credentials.get("username"):
        return lockout_key(credentials["username"])
    if request is not None and request.method == "POST":
        return lockout_key(request.POST.get("login"))
    return None
