#!/usr/bin/env python
"""Load-test the production server setup against the BENCH service and report against the targets.

    .venv/bin/python bench/run.py --db sqlite|postgres [--clients 16 --duration 20 --out bench/out/report-<db>.json]

1. A fresh database (a file under bench/out/, or the PostgreSQL database reintegra_bench dropped and
   created again), filled by bench/generate.py -- unless --reuse and it already holds the BENCH service.
2. SQL statements per page, counted in-process (django.test.Client, a connection execute wrapper),
   with the costliest statements and a query plan.
3. gunicorn on 127.0.0.1:<free port>, DEBUG off, as in production.
4. --clients concurrent clients, each logged in through the real login form with its own session,
   request each page for --duration seconds: the caseload, search, person, assessment and due-list pages,
   the sentence plan page and the programme occupancy of the login's establishment; and, signed in as
   a governor of the same establishment, the decisions dashboard.
5. Peak RSS of each gunicorn worker, then `manage.py audit verify` over the whole chain, timed.

Progress goes to stderr; the JSON report to stdout and to --out. Only 127.0.0.1 is contacted, every
loop is bounded, and the server is stopped on the way out (error and Ctrl-C included).
"""

import argparse
import contextlib
import http.client
import itertools
import json
import math
import os
import platform
import random
import re
import secrets
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
sys.path.insert(0, str(ROOT))

PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
PG_DB = "reintegra_bench"
PG_URL = f"postgres://postgres@127.0.0.1:5432/{PG_DB}"

# Kept in step with bench/generate.py (not imported: importing it sets Django up).
SERVICE_CODE = "BENCH"
LOGIN = "bench-case-manager"
GOVERNOR_LOGIN = "bench-gov-1"  # a governor at establishment 1, the known login's establishment
PASSWORD = "reintegra-bench-only"  # noqa: S105

TARGETS_MS = {"caseload": 100, "search": 100, "person": 100, "assessment": 100, "due": 100, "plan": 100,
              "programmes": 100, "decisions": 100}
SEARCH_TARGET_MS = 50
VERIFY_TARGET_S = 30
MAX_REQUESTS_PER_CLIENT = 200_000  # a bound on every load loop, far above what --duration allows


def log(message):
    print(f"[{datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


# --- the database ------------------------------------------------------------------------------------
def database_env(db):
    """Environment shared by the generator, the server, `manage.py` and this process's own Django."""
    env = {
        "DJANGO_SETTINGS_MODULE": "reintegra.settings",
        "REINTEGRA_SECRET_KEY": "bench-only-" + secrets.token_hex(16),
        "REINTEGRA_DEBUG": "0",
        "REINTEGRA_DEMO": "0",
        "REINTEGRA_HTTPS": "0",
        "REINTEGRA_MFA_REQUIRED": "0",
        "REINTEGRA_ALLOWED_HOSTS": "127.0.0.1",
        # Keeps the node's own var/ (secret key, static root, default SQLite file) out of it.
        "REINTEGRA_DATA_DIR": str(OUT / f"var-{db}"),
        "REINTEGRA_LOG_LEVEL": "WARNING",
    }
    if db == "sqlite":
        env["REINTEGRA_SQLITE_PATH"] = str(OUT / "bench-sqlite.sqlite3")
    else:
        env["DATABASE_URL"] = PG_URL
    return env


def holds_bench(db, env):
    """True when the database exists and its BENCH chain head was written (the generator's last step)."""
    sql = ("SELECT h.seq FROM core_auditchainhead h JOIN core_service s ON s.id = h.service_id"
           " WHERE s.code = 'BENCH'")
    try:
        if db == "sqlite":
            path = Path(env["REINTEGRA_SQLITE_PATH"])
            if not path.exists():
                return False
            with contextlib.closing(sqlite3.connect(path)) as conn:
                return conn.execute(sql).fetchone() is not None
        import psycopg

        with psycopg.connect(PG_URL.replace("postgres://", "postgresql://"), connect_timeout=5) as conn:
            return conn.execute(sql).fetchone() is not None
    except Exception:  # noqa: BLE001 (no database, no tables: not reusable)
        return False


def fresh_database(db, env):
    if db == "sqlite":
        path = Path(env["REINTEGRA_SQLITE_PATH"])
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {PG_DB}")


def generate(db, env, args):
    summary = OUT / f"generate-{db}.json"
    summary.unlink(missing_ok=True)
    cmd = [str(PYTHON), str(ROOT / "bench" / "generate.py"), "--persons", str(args.persons), "--episodes",
           str(args.episodes), "--staff", str(args.staff), "--audit", str(args.audit),
           "--assessments", str(args.assessments), "--decisions", str(args.decisions), "--summary", str(summary)]
    log("generating: " + " ".join(cmd[1:]))
    started = time.monotonic()
    # The generator's progress joins ours on stderr; stdout stays the JSON report alone.
    subprocess.run(cmd, env={**os.environ, **env}, cwd=ROOT, stdout=sys.stderr, check=True)
    result = json.loads(summary.read_text())
    result["wall_seconds"] = round(time.monotonic() - started, 1)
    return result


# --- in-process measurements -----------------------------------------------------------------------------
def setup_django(env):
    os.environ.update(env)
    if "DATABASE_URL" not in env:
        os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()


def workload():
    """Who logs in, which persons they open, what they search for (deterministic)."""
    from django.db.models import Count
    from django_scopes import scope

    from reintegra.assessments import queries as assessment_queries
    from reintegra.assessments.models import Assessment
    from reintegra.core.models import Service, User
    from reintegra.core.queries import memberships_of
    from reintegra.decisions import queries as decision_queries
    from reintegra.people import queries
    from reintegra.people.models import Identifier, Person
    from reintegra.plans import queries as plan_queries
    from reintegra.programmes import queries as programme_queries
    from reintegra.programmes.models import Referral

    service = Service.objects.get(code=SERVICE_CODE)
    user = User.objects.get(username=LOGIN)
    membership = memberships_of(user)[0]
    rng = random.Random(2026)
    with scope(service=service.pk):
        caseload = list(queries.caseload(membership).values_list("pk", flat=True))
        here = list(Person.objects.filter(service=service, location_path__startswith=membership.organisation.path)
                    .order_by("pk").values_list("pk", flat=True))
        sample = sorted(set(caseload) | set(rng.sample(here, min(400, len(here)))))
        people = list(Person.objects.filter(pk__in=sample).values(
            "pk", "given_name", "family_name", "date_of_birth"))
        numbers = dict(Identifier.objects.filter(person_id__in=sample, kind=Identifier.Kind.PRISON_NUMBER)
                       .values_list("person_id", "value"))
        # Assessment pages: what the application's own rules let the login read of those persons,
        # drafts aside (only their author reads those): countersigned, superseded, submitted.
        readable = list(assessment_queries.visible_assessments(membership).filter(person_id__in=sample)
                        .exclude(status=Assessment.Status.DRAFT).order_by("pk")
                        .values_list("pk", "person_id", "status"))
        due_rows = assessment_queries.due(membership, establishment=membership.organisation).count()
        # Plan pages the same way: the plans of those persons that plans.queries.visible_plans lets the
        # login read (their current plan and earlier, closed ones).
        plans = list(plan_queries.visible_plans(membership).filter(person_id__in=sample).order_by("pk")
                     .annotate(versions_issued=Count("versions")).values_list("pk", "person_id", "closed_on",
                                                                             "versions_issued"))
        referrals_of = dict(Referral.objects.filter(person_id__in=sample).values("person_id")
                            .annotate(n=Count("pk")).values_list("person_id", "n"))
        programmes_here = programme_queries.catalogue(membership, establishment=membership.organisation).count()
        # The decisions dashboard: a governor of the same establishment, as the page shows it (its lists).
        governor = User.objects.get(username=GOVERNOR_LOGIN)
        governor_membership = memberships_of(governor)[0]
        if governor_membership.organisation_id != membership.organisation_id:
            raise RuntimeError(f"{GOVERNOR_LOGIN} does not work at {LOGIN}'s establishment")
        board = decision_queries.dashboard(governor_membership, establishment=governor_membership.organisation)
        dashboard_rows = {key: len(board[key]) for key in ("to_decide", "overdue", "due_soon", "beyond_maximum",
                                                           "separations", "long_separations")}
    # Person pages: half from the caseload, half from the establishment, interleaved.
    mine = set(caseload)
    others = [pk for pk in sample if pk not in mine]
    rng.shuffle(others)
    person_ids = []
    for i, pk in enumerate(others):
        person_ids += [caseload[i % len(caseload)], pk] if caseload else [pk]
    # Assessments the same way, with a random stream of their own (the other pages' stay as they were).
    arng = random.Random(2027)
    from_caseload = [pk for pk, person, _ in readable if person in mine]
    from_establishment = [pk for pk, person, _ in readable if person not in mine]
    arng.shuffle(from_caseload)
    arng.shuffle(from_establishment)
    assessment_ids = []
    for i, pk in enumerate(from_establishment):
        assessment_ids += [from_caseload[i % len(from_caseload)], pk] if from_caseload else [pk]
    assessment_ids = assessment_ids or from_caseload
    if not assessment_ids:
        raise RuntimeError(f"{LOGIN} reads no assessment: the data set needs --assessments")
    # The in-process samples: every status in turn, so a count that depends on the state shows.
    status_of = {pk: status for pk, _, status in readable}
    by_status = {}
    for pk in assessment_ids:
        by_status.setdefault(status_of[pk], []).append(pk)
    assessment_samples = [pk for group in itertools.zip_longest(*by_status.values()) for pk in group if pk][:8]
    # Plans: alternating caseload and establishment too (a random stream of their own), and for the
    # in-process samples their states in turn -- open, open without a version yet, closed, and the plan
    # of a person with several programme referrals -- so that a count depending on them shows.
    prng = random.Random(2028)
    plan_mine = [pk for pk, person, _, _ in plans if person in mine]
    plan_others = [pk for pk, person, _, _ in plans if person not in mine]
    prng.shuffle(plan_mine)
    prng.shuffle(plan_others)
    plan_ids = []
    for i, pk in enumerate(plan_others):
        plan_ids += [plan_mine[i % len(plan_mine)], pk] if plan_mine else [pk]
    plan_ids = plan_ids or plan_mine
    if not plan_ids:
        raise RuntimeError(f"{LOGIN} reads no plan: the data set needs plans (bench/generate.py makes them)")

    def plan_state(closed_on, versions, person):
        if referrals_of.get(person, 0) >= 3:
            return "person_with_3_or_more_referrals"
        return "closed" if closed_on else "open" if versions else "open_without_version"
    state_of = {pk: plan_state(closed, versions, person) for pk, person, closed, versions in plans}
    by_state = {}
    for pk in plan_ids:
        by_state.setdefault(state_of[pk], []).append(pk)
    plan_samples = [pk for group in itertools.zip_longest(*by_state.values()) for pk in group if pk][:8]
    return {
        "service_id": service.pk,
        "membership": membership,
        "user": user,
        "caseload_size": len(caseload),
        "establishment_persons": len(here),
        "person_ids": person_ids or caseload,
        "searches": search_terms(people, numbers, rng),
        "assessment_ids": assessment_ids,
        "assessment_samples": assessment_samples,
        "readable_assessments": dict(Counter(status for _, _, status in readable)),
        # The due list of the login's establishment (establishment 1), as its filter form asks for it.
        "due_path": "/assessments/due/?" + urllib.parse.urlencode({"establishment": membership.organisation_id}),
        "due_rows": due_rows,
        "plan_ids": plan_ids,
        "plan_samples": plan_samples,
        "readable_plans": dict(Counter(state_of.values())),
        "programmes_path": "/programmes/?" + urllib.parse.urlencode({"establishment": membership.organisation_id}),
        "programmes_here": programmes_here,
        "governor": governor,
        "decisions_path": "/decisions/?" + urllib.parse.urlencode({"establishment": membership.organisation_id}),
        "decisions_dashboard_rows": dashboard_rows,
    }


_CYR = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш",
                ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p",
                 "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"], strict=True))
_LAT = {v: k for k, v in _CYR.items()}


def to_latin(text):
    out = "".join(_CYR.get(ch.lower(), ch.lower()) for ch in text)
    return out[:1].upper() + out[1:]


def to_cyrillic(text):
    """Serbian Latin to Cyrillic (digraphs first); other letters pass through."""
    low, out, i = text.lower(), [], 0
    while i < len(low):
        if low[i:i + 2] in _LAT:
            out.append(_LAT[low[i:i + 2]])
            i += 2
        else:
            out.append(_LAT.get(low[i], low[i]))
            i += 1
    word = "".join(out)
    return word[:1].upper() + word[1:]


def ascii_fold(text):
    """How people type without a Serbian keyboard: Đorđević -> Djordjevic, Čolić -> Colic."""
    table = str.maketrans({"đ": "dj", "Đ": "Dj", "č": "c", "Č": "C", "ć": "c", "Ć": "C", "ž": "z", "Ž": "Z",
                           "š": "s", "Š": "S", "ë": "e", "ç": "c"})
    return to_latin(text).translate(table) if any(c in _CYR for c in text.lower()) else text.translate(table)


def search_terms(people, numbers, rng):
    """Queries a case manager types: prefixes, names in the other script, dates of birth, numbers."""
    terms = []
    for p in people:
        family, given, born = p["family_name"], p["given_name"], p["date_of_birth"]
        cyrillic = any(c in _CYR for c in family.lower())
        other_script = to_latin(family) if cyrillic else to_cyrillic(family)
        terms += [
            family[: rng.randint(3, 5)],  # live search fires after a few letters
            other_script,  # Петровић finds Petrović and vice versa
            f"{given} {family}",
            f"{ascii_fold(family)} {ascii_fold(given)[:3]}",
            born.strftime("%d.%m.%Y"),
            f"{born.isoformat()} {family[:4]}",
            f"{born.year} {other_script[:4]}",
        ]
        if p["pk"] in numbers:
            terms.append(numbers[p["pk"]])
    terms += ["Ni", "Пе", "Jo", "Kr", "Ha"]  # two letters: broad matches, a full first page
    rng.shuffle(terms)
    return terms


def queries_per_page(work):
    """SQL statements per page, in-process against the same database, for a few samples of each.

    Also which statements cost the most: each SELECT is run again on its own with every row fetched,
    because Django's own query timings cover execute() only, and SQLite does most of its work while
    the rows are fetched. The costliest one comes with its query plan.
    """
    from django.db import connection
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(work["user"])
    governor = Client(HTTP_HOST="127.0.0.1")  # the decisions dashboard is the governor's page
    governor.force_login(work["governor"])
    governor.get(work["decisions_path"])  # not counted: the session's first request also writes it
    samples = {
        "caseload": ["/people/caseload/"],
        "search": ["/people/?" + urllib.parse.urlencode({"q": q}) for q in work["searches"][:8]],
        "person": [f"/people/{pk}/" for pk in work["person_ids"][:8]],
        "assessment": [f"/assessments/{pk}/" for pk in work["assessment_samples"]],
        "due": [work["due_path"]] * 2,  # one page; twice, so that a count that changes shows
        "plan": [f"/plans/{pk}/" for pk in work["plan_samples"]],
        "programmes": [work["programmes_path"]] * 2,
        "decisions": [work["decisions_path"]] * 2,
    }
    report = {}
    for page, paths in samples.items():
        counts, statements = [], {}
        for path in paths:
            seen = []

            def capture(execute, sql, params, many, context, seen=seen):
                seen.append((sql, params))
                return execute(sql, params, many, context)

            with connection.execute_wrapper(capture):
                response = (governor if page == "decisions" else client).get(path)
            if response.status_code != 200:
                raise RuntimeError(f"in-process GET {path} answered {response.status_code}")
            counts.append(len(seen))
            for sql, params in seen:
                if sql.lstrip().upper().startswith("SELECT") and "FOR UPDATE" not in sql:
                    statements[sql] = params  # one timing per distinct statement shape
        timed = sorted(((_time_select(connection, sql, params), sql, params) for sql, params in statements.items()),
                       key=lambda t: t[0], reverse=True)
        report[page] = {
            "min": min(counts), "max": max(counts), "samples": len(counts),
            # Single-client timings, to find the statement to look at; not the load-test figures.
            "costliest_selects": [{"ms": round(ms, 1), "sql": _short(sql)} for ms, sql, _ in timed[:3]],
            "costliest_plan": _plan(connection, *timed[0][1:]) if timed else [],
        }
    return report


def _short(sql, limit=700):
    """The statement without its column list, which tells little and takes most of the text."""
    start = sql.find(" FROM ")
    text = sql if start < 0 else sql[:sql.find(" ", 10)] + " …" + sql[start:]
    return text if len(text) <= limit else text[:limit] + " …"


def _time_select(connection, sql, params, repeat=3):
    best = math.inf
    with connection.cursor() as cursor:
        for _ in range(repeat):
            started = time.perf_counter()
            cursor.execute(sql, params)
            cursor.fetchall()
            best = min(best, time.perf_counter() - started)
    return best * 1000


def _plan(connection, sql, params):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            return [row[-1] for row in cursor.fetchall()]
        cursor.execute("EXPLAIN " + sql, params)
        return [row[0] for row in cursor.fetchall()]


def dataset_counts(service_id):
    from django.db import connection

    from reintegra.assessments.models import Assessment, Rating
    from reintegra.core.models import AuditEvent, User
    from reintegra.decisions.models import Decision, Review, SeparationDay
    from reintegra.people.models import CaseAssignment, CustodyEpisode, Person, PriorConviction
    from reintegra.plans.models import Goal, Plan, PlanVersion, Step
    from reintegra.programmes.models import Attendance, Programme, Referral

    statistics = None
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
            statistics = bool(cursor.fetchone()[0])
    return {
        # SQLite plans without statistics unless ANALYZE ran (see README, "SQLite statistics").
        **({"sqlite_statistics": statistics} if statistics is not None else {}),
        "persons": Person.objects.filter(service_id=service_id).count(),
        "custody_episodes": CustodyEpisode.objects.filter(service_id=service_id).count(),
        "persons_in_custody": Person.objects.filter(service_id=service_id, current_episode__isnull=False).count(),
        "persons_with_prior_convictions": PriorConviction.objects.filter(service_id=service_id)
        .values("person_id").distinct().count(),
        "open_case_assignments": CaseAssignment.objects.filter(service_id=service_id, ended_on__isnull=True).count(),
        "staff_users": User.objects.filter(memberships__service_id=service_id).distinct().count(),
        "audit_events": AuditEvent.objects.filter(service_id=service_id).count(),
        "assessments": Assessment.objects.filter(service_id=service_id).count(),
        "ratings": Rating.objects.filter(service_id=service_id).count(),
        "plans": Plan.objects.filter(service_id=service_id).count(),
        "open_plans": Plan.objects.filter(service_id=service_id, closed_on__isnull=True).count(),
        "plan_goals": Goal.objects.filter(service_id=service_id).count(),
        "plan_steps": Step.objects.filter(service_id=service_id).count(),
        "plan_versions": PlanVersion.objects.filter(service_id=service_id).count(),
        "programmes": Programme.objects.filter(service_id=service_id).count(),
        "referrals": Referral.objects.filter(service_id=service_id).count(),
        "attendance": Attendance.objects.filter(service_id=service_id).count(),
        "decisions": Decision.objects.filter(service_id=service_id).count(),
        "decisions_in_force": Decision.objects.filter(service_id=service_id, status__in=Decision.IN_FORCE).count(),
        "measures_in_force": Decision.objects.filter(service_id=service_id, status__in=Decision.IN_FORCE,
                                                     type__category="measure").count(),
        "decision_reviews": Review.objects.filter(service_id=service_id).count(),
        "separation_days": SeparationDay.objects.filter(service_id=service_id).count(),
    }


# --- the server ----------------------------------------------------------------------------------------------
def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """gunicorn as production runs it, in its own session so that only we decide when it stops."""

    def __init__(self, env, args):
        self.port = free_port()
        self.log_path = OUT / f"gunicorn-{args.db}.log"
        self.cmd = [
            str(GUNICORN), "reintegra.wsgi:application", "--bind", f"127.0.0.1:{self.port}",
            "--workers", str(args.workers), "--worker-class", args.worker_class, "--threads", str(args.threads),
            "--timeout", "60", "--graceful-timeout", "10", "--log-level", "warning",
            "--error-logfile", str(self.log_path), "--chdir", str(ROOT),
        ]
        self.env = {**os.environ, **env}
        self.proc = None
        self.peak_rss = {}  # worker pid -> highest VmHWM seen (kB)

    def start(self, timeout=60):
        log(f"starting gunicorn on 127.0.0.1:{self.port}: {' '.join(self.cmd[2:])}")
        self.log_path.unlink(missing_ok=True)
        self.proc = subprocess.Popen(self.cmd, env=self.env, cwd=ROOT, start_new_session=True,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                conn.request("GET", "/accounts/login/")
                if conn.getresponse().status == 200 and len(self.workers()) >= 1:
                    conn.close()
                    return
            except OSError:
                pass
            time.sleep(0.25)
        raise RuntimeError(f"gunicorn did not answer within {timeout} s:\n{self.log_tail()}")

    def workers(self):
        """The master's children, read from /proc (no psutil)."""
        pids = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                # Field 4 (ppid) follows the command name, which is in parentheses and may hold spaces.
                if int(stat.rsplit(")", 1)[1].split()[1]) == self.proc.pid:
                    pids.append(int(entry.name))
        return sorted(pids)

    def sample_rss(self):
        for pid in self.workers():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            hwm = int(re.search(r"^VmHWM:\s+(\d+) kB", status, re.M).group(1))
            self.peak_rss[pid] = max(hwm, self.peak_rss.get(pid, 0))

    def stop(self):
        if not self.proc or self.proc.poll() is not None:
            return
        log("stopping gunicorn")
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)  # the group of the master we started, by its id
            self.proc.wait(timeout=10)

    def log_tail(self, lines=30):
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


# --- the clients ---------------------------------------------------------------------------------------------
class HttpClient:
    """One browser: its own connection and cookie jar (so its own session).

    http.client reuses the connection while the server keeps it open; gunicorn's sync workers close
    it after each response ("Connection: close") and http.client then reconnects on the next request,
    which on loopback costs tens of microseconds.
    """

    def __init__(self, port):
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        head = {"Host": f"127.0.0.1:{self.port}", "Accept-Language": "en", "User-Agent": "reintegra-bench",
                **(headers or {})}
        if self.cookies:
            head["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            self.conn.request(method, path, body=body, headers=head)
            response = self.conn.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException):
            self.conn.close()  # the next request opens a new connection
            raise
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _, value = cookie.split(";", 1)[0].partition("=")
            if value and value != '""':
                self.cookies[name.strip()] = value.strip()
            else:
                self.cookies.pop(name.strip(), None)
        return response.status, response.headers, data

    def login(self, username, password):
        status, _, page = self.request("GET", "/accounts/login/")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if status != 200 or not token or "csrftoken" not in self.cookies:
            raise RuntimeError(f"login page: status {status}, no CSRF token")
        body = urllib.parse.urlencode({"csrfmiddlewaretoken": token.group(1).decode(), "login": username,
                                       "password": password})
        status, headers, _ = self.request("POST", "/accounts/login/", body=body,
                                          headers={"Content-Type": "application/x-www-form-urlencoded"})
        if status != 302 or "sessionid" not in self.cookies:
            raise RuntimeError(f"login as {username} failed: status {status}, location {headers.get('Location')}")
        status, _, _ = self.request("GET", "/people/caseload/")
        if status != 200:
            raise RuntimeError(f"after login, the caseload answered {status}")


def percentile(sorted_values, q):
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return None
    return sorted_values[min(len(sorted_values) - 1, max(0, math.ceil(q * len(sorted_values)) - 1))]


# --- CPU accounting ------------------------------------------------------------------------------------------
# The machine may be shared: CPU time is split three ways from /proc so that a reader can tell a slow
# application from a busy machine. "server" is gunicorn (master and workers) plus the PostgreSQL
# backends serving the benchmark database; "client" is this process; "other" is everything else.
CLK_TCK = os.sysconf("SC_CLK_TCK")


def _pid_cpu(pid):
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime + stime


def _postgres_backends():
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                title = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if title.startswith(b"postgres: ") and f" {PG_DB} ".encode() in title:
                pids.append(int(entry.name))
    return pids


def _reaped_children_cpu(pid):
    """CPU of the process's children that have ended and been waited for (cutime + cstime)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[1]), (int(fields[13]) + int(fields[14])) / CLK_TCK  # ppid, cutime + cstime


def cpu_snapshot(server):
    busy = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    backends = _postgres_backends()
    pids = ([server.proc.pid, *server.workers()] if server.proc else []) + backends
    times = os.times()
    # PostgreSQL's parallel workers live for one query: gone before the window closes, their CPU is
    # not in any backend's figures but in the postmaster's reaped children (with any other backend
    # that ended meanwhile, of any database).
    postmaster = next((found[0] for pid in backends if (found := _reaped_children_cpu(pid))), None)
    reaped = _reaped_children_cpu(postmaster) if postmaster else None
    return {
        "busy": (sum(busy) - busy[3] - busy[4]) / CLK_TCK,  # all but idle and iowait
        "client": times.user + times.system,
        "server": {pid: cpu for pid in pids if (cpu := _pid_cpu(pid)) is not None},
        "postgres_reaped": (postmaster, reaped[1]) if reaped else None,
    }


def cpu_split(before, after, elapsed, requests):
    """Cores used by server, client and others over the window, and server CPU per request."""
    server = sum(cpu - before["server"].get(pid, 0.0) for pid, cpu in after["server"].items())
    client = after["client"] - before["client"]
    reaped = None
    if before.get("postgres_reaped") and after.get("postgres_reaped") \
            and before["postgres_reaped"][0] == after["postgres_reaped"][0]:
        reaped = max(0.0, after["postgres_reaped"][1] - before["postgres_reaped"][1])
    other = max(0.0, after["busy"] - before["busy"] - server - client - (reaped or 0.0))
    split = {
        "server_cores": round(server / elapsed, 2),
        "client_cores": round(client / elapsed, 2),
        "other_processes_cores": round(other / elapsed, 2),
        # Capacity: at most nproc × 1000 / this many requests per second, whatever the concurrency.
        "server_cpu_ms_per_request": round(server * 1000 / requests, 1) if requests else None,
    }
    if reaped is not None:  # PostgreSQL: parallel workers (and any backend that ended) in the window
        split["postgres_reaped_children_cores"] = round(reaped / elapsed, 2)
        split["server_cpu_ms_per_request_with_reaped"] = round((server + reaped) * 1000 / requests, 1) \
            if requests else None
    return split


def drive(clients, paths, duration, stop, expect=200, server=None, think=0.0):
    """Every client requests paths (its own offset into the list) until the deadline; returns the figures.

    `think` seconds on average between a client's answer and its next request (0: closed loop, flat
    out), drawn uniformly from 0.5–1.5 × think so that the clients do not stay in step.
    """
    latencies = [[] for _ in clients]
    statuses = [Counter() for _ in clients]
    barrier = threading.Barrier(len(clients) + 1)
    window = {}

    def worker(i, client):
        pause = random.Random(i)
        barrier.wait()
        deadline = window["start"] + duration
        n = 0
        while n < MAX_REQUESTS_PER_CLIENT and not stop.is_set():
            now = time.monotonic()
            if now >= deadline:
                break
            path = paths[(i * 7919 + n) % len(paths)]
            try:
                status, _, _ = client.request("GET", path)
            except (OSError, http.client.HTTPException) as error:
                status = type(error).__name__
            latencies[i].append(time.monotonic() - now)
            statuses[i][status] += 1
            n += 1
            if think:
                stop.wait(min(think * pause.uniform(0.5, 1.5), max(0.0, deadline - time.monotonic())))

    threads = [threading.Thread(target=worker, args=(i, c), daemon=True) for i, c in enumerate(clients)]
    for t in threads:
        t.start()
    cpu_before = cpu_snapshot(server) if server else None
    window["start"] = time.monotonic()
    barrier.wait()
    for t in threads:
        t.join(timeout=duration + 60)
    elapsed = time.monotonic() - window["start"]
    cpu_after = cpu_snapshot(server) if server else None
    lat = sorted(x * 1000 for per in latencies for x in per)
    status = sum(statuses, Counter())
    errors = sum(n for s, n in status.items() if s != expect)
    ms = lambda v: round(v, 1) if v is not None else None  # noqa: E731
    return {
        "requests": len(lat),
        "errors": errors,
        "error_statuses": {str(s): n for s, n in status.items() if s != expect},
        "seconds": round(elapsed, 2),
        "throughput_rps": round(len(lat) / elapsed, 1) if elapsed else None,
        "latency_ms": {"mean": ms(sum(lat) / len(lat)) if lat else None, "p50": ms(percentile(lat, 0.50)),
                       "p95": ms(percentile(lat, 0.95)), "p99": ms(percentile(lat, 0.99)),
                       "max": ms(lat[-1] if lat else None)},
        "cpu": cpu_split(cpu_before, cpu_after, elapsed, len(lat)) if server and elapsed else None,
    }


# --- audit verify --------------------------------------------------------------------------------------------
def verify_chain(env):
    """`manage.py audit verify --service BENCH` as an operator runs it: wall time and peak memory."""
    cmd = [str(PYTHON), "manage.py", "audit", "verify", "--service", SERVICE_CODE]
    log("running: manage.py audit verify --service BENCH")
    started = time.monotonic()
    proc = subprocess.Popen(cmd, env={**os.environ, **env}, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    out = proc.stdout.read()  # a line or two; EOF when the command ends
    # wait4 rather than wait: the command's own resource usage, peak memory included.
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stdout.close()
    wall = time.monotonic() - started
    found = re.search(r"OK: (\d+) events verified in ([\d.]+) s", out)
    return {
        "ok": proc.returncode == 0,
        "events": int(found.group(1)) if found else None,
        "verify_seconds": float(found.group(2)) if found else None,
        "command_wall_seconds": round(wall, 2),  # with Django's start-up
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "output": out.strip()[-500:],
    }


# --- report ----------------------------------------------------------------------------------------------------
def machine_info(db):
    found = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M)
    cpu_model = found.group(1) if found else ""
    mem = re.search(r"^MemTotal:\s+(\d+) kB", Path("/proc/meminfo").read_text(), re.M)
    import django
    import gunicorn
    from django.db import connection

    with connection.cursor() as cursor:
        if db == "sqlite":
            version = f"SQLite {sqlite3.sqlite_version}"
        else:
            cursor.execute("SELECT version()")
            version = cursor.fetchone()[0]
    return {
        "nproc": os.cpu_count(), "usable_cpus": len(os.sched_getaffinity(0)), "cpu_model": cpu_model,
        "memory_gb": round(int(mem.group(1)) / 1024 / 1024, 1) if mem else None,
        "kernel": platform.release(), "python": platform.python_version(), "django": django.get_version(),
        "gunicorn": gunicorn.__version__, "database": version,
    }


def code_state():
    """Which code was measured: the commit, and the files changed since (read-only git calls)."""
    def git(*args):
        try:
            return subprocess.run(["git", "--no-optional-locks", *args], cwd=ROOT, capture_output=True,
                                  text=True, timeout=30).stdout.rstrip("\n")
        except OSError:
            return ""
    return {"commit": git("rev-parse", "--short", "HEAD").strip(),
            "changed_files": [line[3:] for line in git("status", "--porcelain").splitlines()
                              if not line[3:].startswith("bench/")]}


def database_size_mb(db, env):
    if db == "sqlite":
        path = Path(env["REINTEGRA_SQLITE_PATH"])
        return round(sum(Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists())
                     / 2**20, 1)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        return round(cursor.fetchone()[0] / 2**20, 1)


def targets(pages, verify, floor):
    result = {}
    for page, limit in TARGETS_MS.items():
        p95 = pages[page]["latency_ms"]["p95"]
        result[f"{page}_p95_under_{limit}ms"] = {"measured_ms": p95, "pass": p95 is not None and p95 < limit}
    p95 = pages["search"]["latency_ms"]["p95"]
    result[f"search_p95_under_{SEARCH_TARGET_MS}ms"] = {"measured_ms": p95,
                                                        "pass": p95 is not None and p95 < SEARCH_TARGET_MS}
    seconds = verify.get("verify_seconds")
    result[f"audit_verify_under_{VERIFY_TARGET_S}s"] = {
        "measured_s": seconds, "pass": bool(verify.get("ok")) and seconds is not None and seconds < VERIFY_TARGET_S}
    errors = sum(p["errors"] for p in pages.values()) + floor["errors"]
    result["every_request_answered_as_expected"] = {"errors": errors, "pass": errors == 0}
    result["all_pass"] = all(t["pass"] for t in result.values())
    return result


def _interrupted(signum, frame):
    """SIGTERM takes the same way out as Ctrl-C: through main's `finally`, which stops the server."""
    raise KeyboardInterrupt


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], required=True)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--duration", type=float, default=20, help="seconds of load per page")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--reuse", action="store_true", help="keep the database if it already holds BENCH")
    parser.add_argument("--think-ms", type=float, default=0,
                        help="pause of each client between an answer and its next request (default 0: flat out)")
    # Server shape. The default, 2 × cores + 1 sync workers, is gunicorn's own advice and fits this app:
    # a request is CPU-bound Python (ORM, templates) between short database calls, so processes -- not
    # threads, which share one GIL -- are what use both cores, and the extra workers cover the time a
    # worker waits on the database (SQLite's write lock for the session save and audit append, or a
    # PostgreSQL round trip). Sync workers close the connection after each response; behind the
    # usual reverse proxy that costs nothing, and on loopback tens of microseconds per request.
    # gthread (e.g. --worker-class gthread --workers 3 --threads 4) is the alternative to try.
    parser.add_argument("--workers", type=int, default=2 * os.cpu_count() + 1)
    parser.add_argument("--worker-class", default="sync")
    parser.add_argument("--threads", type=int, default=1)
    # Data set size (passed to generate.py): the targets are meant for the defaults.
    parser.add_argument("--persons", type=int, default=25_000)
    parser.add_argument("--episodes", type=int, default=60_000)
    parser.add_argument("--staff", type=int, default=1_000)
    parser.add_argument("--audit", type=int, default=2_000_000)
    parser.add_argument("--assessments", type=int, default=120_000)
    parser.add_argument("--decisions", type=int, default=100_000)
    parser.add_argument("--analyze", action="store_true",
                        help="run ANALYZE before measuring (on SQLite the application itself never does)")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="extra environment for the server and this process, e.g. PGOPTIONS='-c jit=off'")
    args = parser.parse_args(argv)
    out_path = args.out or OUT / f"report-{args.db}.json"
    OUT.mkdir(parents=True, exist_ok=True)

    signal.signal(signal.SIGTERM, _interrupted)
    report = {"db": args.db, "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
              "code": code_state(), "load_average_before": os.getloadavg()}
    env = database_env(args.db)
    env.update(item.split("=", 1) for item in args.env)

    if args.reuse and holds_bench(args.db, env):
        log("reusing the existing BENCH database")
        report["generation"] = {"reused": True}
        earlier = OUT / f"generate-{args.db}.json"
        if earlier.exists():  # the figures of the run that generated it, if this machine still has them
            report["generation"]["when_generated"] = json.loads(earlier.read_text())
    else:
        fresh_database(args.db, env)
        report["generation"] = generate(args.db, env, args)

    setup_django(env)
    from django.core.management import call_command
    from django.db import connection
    from django_scopes import scopes_disabled

    # A reused database, or code that gained a migration since generation, must be brought up to date.
    call_command("migrate", verbosity=0)
    if args.analyze:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    server, stop = Server(env, args), threading.Event()
    try:
        with scopes_disabled():
            work = workload()
            report["machine"] = machine_info(args.db)
            report["dataset"] = {**dataset_counts(work["service_id"]), "login": LOGIN,
                                 "login_caseload": work["caseload_size"],
                                 "persons_in_login_establishment": work["establishment_persons"],
                                 "login_readable_assessments_of_sampled_persons": work["readable_assessments"],
                                 "assessment_pages": len(set(work["assessment_ids"])),
                                 "reviews_due_in_login_establishment": work["due_rows"],
                                 "login_readable_plans_of_sampled_persons": work["readable_plans"],
                                 "plan_pages": len(set(work["plan_ids"])),
                                 "programmes_in_login_establishment": work["programmes_here"],
                                 "governor_login": GOVERNOR_LOGIN,
                                 "decisions_dashboard_rows_in_login_establishment": work["decisions_dashboard_rows"],
                                 "database_size_mb": database_size_mb(args.db, env)}
            log(f"dataset: {report['dataset']}")
            report["queries_per_page"] = queries_per_page(work)
            log("queries per page: " + ", ".join(f"{k} {v['min']}–{v['max']}"
                                                 for k, v in report["queries_per_page"].items()))
        connection.close()  # the server has the database to itself during the load

        server.start()
        report["config"] = {"clients": args.clients, "duration_per_page_s": args.duration, "think_ms": args.think_ms,
                            "extra_env": args.env,
                            "gunicorn": server.cmd[2:], "workers": args.workers,
                            "worker_class": args.worker_class, "threads": args.threads}
        log(f"logging in {args.clients} clients as {LOGIN}")
        clients = [HttpClient(server.port) for _ in range(args.clients)]
        logged_in_at = time.monotonic()
        for client in clients:
            client.login(LOGIN, PASSWORD)

        pages = {
            "caseload": ["/people/caseload/"],
            "search": ["/people/?" + urllib.parse.urlencode({"q": q}) for q in work["searches"]],
            "person": [f"/people/{pk}/" for pk in work["person_ids"]],
            "assessment": [f"/assessments/{pk}/" for pk in work["assessment_ids"]],
            "due": [work["due_path"]],
            "plan": [f"/plans/{pk}/" for pk in work["plan_ids"]],
            "programmes": [work["programmes_path"]],
            "decisions": [work["decisions_path"]],
        }
        # The decisions dashboard is the governor's page: its clients sign in when its turn comes, when
        # allauth's login rate limit (30 a minute from one address) has room for them again.
        signed_in = {"decisions": []}  # the other pages: the case manager's sessions
        # Warm-up, not measured: every worker imports its templates and translations and fills its caches.
        warm = [p for page, paths in pages.items() if page not in signed_in for p in paths[:20]]
        log("warming up")
        drive(clients, warm, min(5.0, args.duration), stop)
        server.sample_rss()

        # The floor, for reading the figures (no target): "/" only redirects a case manager to the
        # caseload, so it costs just what every page pays -- session read and save, user, memberships.
        log(f"load: floor (GET / -> 302), {args.clients} clients, {args.duration:g} s")
        report["floor_redirect"] = floor = drive(clients, ["/"], args.duration, stop, expect=302, server=server,
                                                 think=args.think_ms / 1000)
        log(f"  {floor['throughput_rps']} req/s, p50 {floor['latency_ms']['p50']} ms, "
            f"p95 {floor['latency_ms']['p95']} ms; cpu {floor['cpu']}")
        report["pages"] = {}
        for page, paths in pages.items():
            if page in signed_in:
                wait = logged_in_at + 61 - time.monotonic()
                if wait > 0:
                    log(f"waiting {wait:.0f} s for the login rate limit")
                    stop.wait(wait)
                log(f"logging in {args.clients} clients as {GOVERNOR_LOGIN}")
                logged_in_at = time.monotonic()
                signed_in[page] = [HttpClient(server.port) for _ in range(args.clients)]
                for client in signed_in[page]:
                    client.login(GOVERNOR_LOGIN, PASSWORD)
                drive(signed_in[page], paths, min(2.0, args.duration), stop)  # warm-up, not measured
            log(f"load: {page}, {args.clients} clients, {args.duration:g} s over {len(set(paths))} distinct URLs")
            report["pages"][page] = result = drive(signed_in.get(page, clients), paths, args.duration, stop,
                                                   server=server, think=args.think_ms / 1000)
            server.sample_rss()
            log(f"  {result['requests']} requests, {result['errors']} errors, {result['throughput_rps']} req/s, "
                f"p50 {result['latency_ms']['p50']} ms, p95 {result['latency_ms']['p95']} ms, "
                f"p99 {result['latency_ms']['p99']} ms; cpu {result['cpu']}")
        rss = [kb / 1024 for kb in server.peak_rss.values()]
        report["worker_peak_rss_mb"] = {"workers_seen": len(rss), "max": round(max(rss), 1),
                                        "mean": round(sum(rss) / len(rss), 1),
                                        "each": [round(x, 1) for x in rss]}
        errors_logged = server.log_tail(15)
        if any(p["errors"] for p in report["pages"].values()):
            report["server_log_tail"] = errors_logged
    finally:
        stop.set()
        server.stop()

    report["audit_verify"] = verify_chain(env)
    log(f"audit verify: {report['audit_verify']['output']}")
    report["targets"] = targets(report["pages"], report["audit_verify"], report["floor_redirect"])
    report["load_average_after"] = os.getloadavg()
    text = json.dumps(report, indent=2, ensure_ascii=False)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(text + "\n")
    print(text)
    log(f"report written to {out_path}; all targets met: {report['targets']['all_pass']}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        log("interrupted; the server was stopped")
        sys.exit(130)
