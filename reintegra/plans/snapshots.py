"""A plan version is a snapshot of the goals and steps; the history compares snapshots.

Snapshots hold codes, not labels, so a version renders in whichever language it is read or printed.
"""

from datetime import date

from .models import Goal, Step

GOAL_FIELDS = ["area", "own_words", "framing", "motivation", "status", "status_reason"]
STEP_FIELDS = ["what", "owner", "owner_detail", "due_on", "status"]


def take(plan, facts):
    """The plan's goals and steps as they stand now (reads the prefetched relations when present), with
    the `facts` other apps record about the steps (`parts.step_facts(plan)`)."""
    goals = []
    for goal in plan.goals.all():
        goals.append(goal_entry(
            goal.pk, {f: getattr(goal, f) for f in GOAL_FIELDS},
            [link_entry(link.rating_id, link.rating.assessment.instrument.code, link.rating.item, link.rating.value)
             for link in goal.links.all()],
            [step_entry(step.pk, {f: getattr(step, f) for f in STEP_FIELDS},
                        {name: [fact.snapshot for fact in by_step.get(step.pk, [])] for name, by_step in facts.items()})
             for step in goal.steps.all()]))
    return {"goals": goals}


# The entries of a snapshot, from plain values: take() builds them from the database, the bench
# generator from a synthetic history, so both write the one format the history pages read.

def goal_entry(pk, values: dict, links: list, steps: list) -> dict:
    """A goal: its GOAL_FIELDS `values`, the needs it addresses (link_entry) and its steps (step_entry)."""
    return {"id": pk, **{f: values[f] for f in GOAL_FIELDS}, "links": links, "steps": steps}


def link_entry(rating_id, instrument_code, item, value) -> dict:
    return {"rating": rating_id, "instrument": instrument_code, "item": item, "value": value}


def step_entry(pk, values: dict, facts: dict) -> dict:
    """A step: its STEP_FIELDS `values` (dates as ISO text) and, by provider name, the snapshot entries
    of the facts other apps registered (`plans.parts`: "programmes" holds the referrals made from it)."""
    return {"id": pk, **{f: _plain(values[f]) for f in STEP_FIELDS}, **facts}


def _plain(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def changes(before, after, area_labels):
    """What changed from one snapshot to the next: added, removed and changed goals and steps.

    Each change is (kind, "goal" | "step", text, [(field label, old, new)]), values as labels.
    """
    out = []
    _compare(out, "goal", {g["id"]: g for g in before.get("goals", [])}, {g["id"]: g for g in after.get("goals", [])},
             GOAL_FIELDS, Goal, "own_words", area_labels)
    old_steps = {s["id"]: s for g in before.get("goals", []) for s in g["steps"]}
    new_steps = {s["id"]: s for g in after.get("goals", []) for s in g["steps"]}
    _compare(out, "step", old_steps, new_steps, STEP_FIELDS, Step, "what", area_labels)
    return out


def _compare(out, what, old, new, fields, model, title, area_labels):
    def shown(field, value):
        if field == "area":
            return area_labels.get(value, value)
        return dict(model._meta.get_field(field).flatchoices).get(value, value) or "—"

    for pk, item in new.items():
        if pk not in old:
            out.append(("added", what, item[title], []))
            continue
        diffs = [(model._meta.get_field(f).verbose_name, shown(f, old[pk].get(f)), shown(f, item.get(f)))
                 for f in fields if old[pk].get(f) != item.get(f)]
        if diffs:
            out.append(("changed", what, item[title], diffs))
    out.extend(("removed", what, item[title], []) for pk, item in old.items() if pk not in new)


def display(snapshot, area_labels):
    """A snapshot with labels for its codes, in the active language, for the version page and document."""
    def label(model, field, value):
        return dict(model._meta.get_field(field).flatchoices).get(value, value)

    return [{
        **goal, "area_label": area_labels.get(goal["area"], goal["area"]),
        "motivation_label": label(Goal, "motivation", goal["motivation"]),
        "status_label": label(Goal, "status", goal["status"]),
        "steps": [{**step, "due_on": date.fromisoformat(step["due_on"]) if step["due_on"] else None,
                   "owner_label": label(Step, "owner", step["owner"]),
                   "status_label": label(Step, "status", step["status"])} for step in goal["steps"]],
    } for goal in snapshot.get("goals", [])]
