"""Checkpoints that anchor each service's audit chain outside the database.

The hash chain shows a changed or deleted row only as long as nobody rewrites every later hash and the
chain head too, which anyone who can write to the database can. So, periodically, the head of each
chain (its sequence number and hash) is signed with an Ed25519 key kept outside the database and
appended to a file opened only for appending. `audit verify` then checks the chain against the last
checkpoint of each service: a rewritten chain no longer has the checkpointed hash at that sequence
number, a truncated one no longer reaches it. The signature makes a forged checkpoint line visible;
the file (and, once the hub exists, a copy sent there) should live on storage the database's
administrators cannot rewrite.

Where the key and the file live: REINTEGRA_AUDIT_ANCHOR_KEY and REINTEGRA_AUDIT_CHECKPOINTS (default:
in the data directory).
"""

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings
from django_scopes import scopes_disabled

from .models import AuditChainHead, AuditEvent


def key_path() -> Path:
    return Path(os.environ.get("REINTEGRA_AUDIT_ANCHOR_KEY", settings.DATA_DIR / "audit-anchor.key"))


def checkpoints_path() -> Path:
    return Path(os.environ.get("REINTEGRA_AUDIT_CHECKPOINTS", settings.DATA_DIR / "audit-checkpoints.jsonl"))


def _key() -> Ed25519PrivateKey:
    path = key_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        pem = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(pem)
    return serialization.load_pem_private_key(path.read_bytes(), password=None)


def _message(line: dict) -> bytes:
    return f"{line['service_id']}|{line['seq']}|{line['hash']}|{line['at']}".encode()


def checkpoint() -> int:
    """Append one signed line per service chain; returns how many."""
    key = _key()
    now = datetime.now(UTC).isoformat()
    with scopes_disabled():
        heads = list(AuditChainHead.objects.filter(seq__gt=0).values("service_id", "seq", "hash"))
    path = checkpoints_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        for head in heads:
            line = {**head, "at": now}
            line["signature"] = key.sign(_message(line)).hex()
            out.write(json.dumps(line, sort_keys=True) + "\n")
    return len(heads)


@dataclass
class AnchorProblem:
    service_id: int | None
    problem: str

    def __str__(self):
        where = f"service {self.service_id}" if self.service_id is not None else "checkpoint file"
        return f"{where}: {self.problem}"


def check(service_ids=None) -> list[AnchorProblem]:
    """The chains against their last checkpoints; no checkpoint file yet is no problem."""
    path = checkpoints_path()
    if not path.exists():
        return []
    public = _key().public_key()
    problems, last = [], {}
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            line = json.loads(text)
            public.verify(bytes.fromhex(line["signature"]), _message(line))
        except (ValueError, KeyError, TypeError, InvalidSignature):
            problems.append(AnchorProblem(None, f"line {number} is not a checkpoint signed by this node's key"))
            continue
        last[line["service_id"]] = line
    with scopes_disabled():
        for service_id, line in sorted(last.items()):
            if service_ids is not None and service_id not in service_ids:
                continue
            stored = AuditEvent.objects.filter(service_id=service_id, seq=line["seq"]).values_list("hash", flat=True)
            if not stored:
                problems.append(AnchorProblem(service_id, f"event {line['seq']} checkpointed at {line['at']} is gone "
                                                          "(the chain was truncated)"))
            elif stored[0] != line["hash"]:
                problems.append(AnchorProblem(service_id, f"event {line['seq']} differs from its checkpoint of "
                                                          f"{line['at']} (the chain was rewritten)"))
    return problems
