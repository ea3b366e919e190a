"""The rules' own words, rendered for people: one rule explained, or the whole checklist as Markdown.

The same text feeds `gatekeeper rules`, docs/rules.md and, later, the app's "explain this rule".
"""

from __future__ import annotations

from gatekeeper.checklist import Checklist, Rule

OUTCOMES = """\
## How a finding is decided

- **fail** only on evidence: the document the rule needs is not in the file, or the part it reads
  is there and says the thing is missing or was not done (a blank or "None" box, "No" ticked,
  "not offered", a blanket request quoted).
- **review** when the tool cannot decide: the part was not found, or its wording is not
  understood, or the document is scanned and could not be read reliably. The message quotes what
  was found or says where the tool looked; a person decides once and the decision is recorded.
- **pass** when the part is found and says what the rule asks; **not_applicable** when the rule's
  condition does not arise (no device examined, no ABE interview).

What a box of a form is called, its synonyms and the shape of its value are data, in
`checklists/forms/*.toml` (validated at load): boxes are read in any layout (label and value on one
line, a label above its value, table rows, tick boxes and Yes/No columns) and, when no box is
found, from the sentences of the whole form that state the fact. Supporting another force's
template is adding synonyms there.
"""


def working_days(count: int) -> str:
    return f"{count} working day{'' if count == 1 else 's'}"


def severity_text(rule: Rule) -> str:
    """ "blocking", or "blocking (required for early advice)" where a stage differs."""
    others = "; ".join(
        f"{severity.value} for {stage.value.replace('_', ' ')}"
        for stage, severity in rule.stage_severity.items()
    )
    return f"{rule.severity.value} ({others})" if others else rule.severity.value


def explain(rule: Rule) -> str:
    stages = ", ".join(s.value for s in rule.stages)
    return (
        f"{rule.id}: {rule.title}\n"
        f"Severity: {severity_text(rule)}; stages: {stages}; DGA category: {rule.dga_category or '-'}\n"
        f"Why it matters: {rule.why}\n"
        f"Action to ask for: {rule.action} ({rule.owner}, {working_days(rule.working_days)})\n"
        f"Source: {rule.citation}"
    )


def checklist_markdown(checklist: Checklist) -> str:
    lines = [
        f"# {checklist.name} {checklist.version}",
        "",
        "Generated from `checklists/dg6-core.toml` by `gatekeeper rules --markdown`; do not edit by hand.",
        "",
        OUTCOMES,
        "| id | severity | stages | the problem |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| [{r.id}](#{r.id.lower()}) | {severity_text(r)} | {', '.join(s.value for s in r.stages)} | {r.title} |"
        for r in checklist.rule
    ]
    for rule in checklist.rule:
        how = (
            f"presence of {', '.join(t.value for t in rule.presence.types)}"
            if rule.presence
            else f"check `{rule.check}`"
        )
        lines += [
            "",
            f"## {rule.id}",
            f"**{rule.title}** ({severity_text(rule)}; DGA category: {rule.dga_category or '-'}; {how})",
            "",
            f"- Why it matters: {rule.why}",
            f"- Action to ask for: {rule.action} ({rule.owner}, {working_days(rule.working_days)})",
            f"- Source: {rule.citation}",
        ]
    return "\n".join(lines) + "\n"
