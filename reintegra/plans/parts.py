"""Parts of a plan that apps further down supply; plans never reads their tables.

- **Step facts**: what an app records about the steps of a plan (the programme referrals made from a
  step). They show under each step on the plan page and go into each version's snapshot under the
  provider's name, so a version keeps what stood when it was issued. A provider takes the plan and
  the member who reads it (None: for the version's record, everything) and returns
  {step id: [StepFact]} in one query; it leaves out what that member may not see.
- **Step links**: what a member may do from a step ("Refer to a programme"): a provider returns
  (label, url) or None.
- **Sections**: blocks of the plan page (the person's programmes), like the person page's sections: a
  provider returns a dict with a `template` and its context, or None.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class StepFact:
    snapshot: dict  # plain values for the version's snapshot (codes, not labels)
    label: str  # what the plan page shows under the step
    url: str = ""


_step_facts: dict[str, Callable] = {}
_step_links: list[Callable] = []
_sections: list[tuple[int, Callable]] = []


def register_step_facts(name: str, provider: Callable):
    if name in _step_facts:
        raise ImproperlyConfigured(f"step facts {name!r} registered twice")
    _step_facts[name] = provider


def register_step_link(provider: Callable):
    _step_links.append(provider)


def register_section(order: int, provider: Callable):
    _sections.append((order, provider))
    _sections.sort(key=lambda entry: entry[0])


def step_facts(plan, membership=None) -> dict[str, dict[int, list[StepFact]]]:
    """For the version's snapshot (membership None) or for a member's page."""
    return {name: provider(plan, membership) for name, provider in _step_facts.items()}


def step_links(membership, plan, step) -> list[tuple[str, str]]:
    return [link for provider in _step_links if (link := provider(membership, plan, step))]


def sections(membership, plan) -> list[dict]:
    return [section for _, provider in _sections if (section := provider(membership, plan))]
