"""The register's answers as text for people: ``register list``, ``show`` and ``stats``."""

from __future__ import annotations

from gatekeeper.register.views import CaseSummary, CaseView, SupervisorStats


def _days(n: int | None) -> str:
    return "-" if n is None else f"{n} d"


def cases_text(cases: list[CaseSummary]) -> str:
    if not cases:
        return "The register has no cases.\n"
    lines = [
        f"{'URN':<16} {'state':<7} {'subs':>4} {'plans':>5} {'open':>4} {'last':>7} "
        f"{'report':>7} {'overdue':>7}  last check"
    ]
    for c in cases:
        verdict = "-" if c.would_pass is None else ("passes" if c.would_pass else "fails")
        lines.append(
            f"{c.urn:<16} {'open' if c.open else 'closed':<7} {c.submissions:>4} {c.plans:>5} "
            f"{c.open_plans:>4} {_days(c.days_since_last_submission):>7} "
            f"{_days(c.days_since_report):>7} {c.overdue_actions:>7}  {verdict}"
        )
    return "\n".join(lines) + "\n"


def case_text(case: CaseView) -> str:
    t = case.timeliness
    out = [f"Case {case.urn}" + (f" (the file gave {case.urn_read})" if case.urn_read else "")]
    if case.closed_at:
        out.append(f"Closed {case.closed_at:%d/%m/%Y}")
    out.append(
        f"{case.ping_pong['submissions']} submission(s), {case.ping_pong['action_plans']} action "
        f"plan(s). Days since report: {_days(t.days_since_report)}; since the last submission: "
        f"{_days(t.days_since_last_submission)}; overdue actions: {t.overdue_actions}."
    )
    if t.plans_over_admin_finalisation or t.plans_near_admin_finalisation:
        out.append(
            f"Admin-finalisation risk: {t.plans_over_admin_finalisation} plan(s) unanswered over "
            f"three months, {t.plans_near_admin_finalisation} close to it."
        )
    out.append("")
    out.append("Submissions")
    for s in case.submissions:
        out.append(
            f"  {s.number}. {s.at:%d/%m/%Y %H:%M} UTC by {s.by}, {s.stage}, {s.files} files: "
            f"{s.headline}"
        )
        out.append(f"     folder: {s.folder}")
        if s.number > 1:
            for label, items in (
                ("added", s.added),
                ("removed", s.removed),
                ("changed", s.changed),
            ):
                if items:
                    out.append(f"     {label}: {', '.join(items)}")
            for m in s.moved:
                out.append(f"     moved: {m.old} -> {m.new}")
            if not (s.added or s.removed or s.changed or s.moved):
                out.append("     no file changed since the one before")
            for label, rules in (
                ("fixed", s.fixed),
                ("still failing", s.remaining),
                ("newly failing", s.new_failures),
                ("passed by a person's decision", s.passed_by_decision),
            ):
                if rules:
                    out.append(f"     {label}: {', '.join(rules)}")
        elif s.failures:
            out.append(f"     failing: {', '.join(s.failures)}")
    if case.plans:
        out.append("")
        out.append("Action plans")
        for p in case.plans:
            age = f", open {p.days_open} days" if p.days_open is not None else ""
            risk = (
                f" ({p.admin_finalisation_risk} three months)" if p.admin_finalisation_risk else ""
            )
            out.append(f"  plan {p.id} of {p.issued:%d/%m/%Y} ({p.source}): {p.status}{age}{risk}")
            for a in p.actions:
                due = f", due {a.due:%d/%m/%Y}" if a.due else ""
                late = f", {a.overdue_days} days overdue" if a.overdue_days else ""
                out.append(f"    [{a.id}] {a.number}. {a.text} ({a.owner}{due}): {a.status}{late}")
    if case.corrections or case.decisions:
        out.append("")
        out.append("Corrections and decisions")
        for c in case.corrections:
            where = ", ".join(c.paths) or c.sha256[:12]
            out.append(f"  {where}: {c.field} {c.value} (by {c.by}, {c.at:%d/%m/%Y})")
        for d in case.decisions:
            note = f": {d.note}" if d.note else ""
            out.append(f"  {d.rule} {d.status} (by {d.by}, {d.at:%d/%m/%Y}){note}")
    out.append("")
    out.append("Audit trail")
    for entry in case.audit:
        out.append(
            f"  {entry.at:%d/%m/%Y %H:%M:%S} {entry.by}: {entry.action} {_detail(entry.detail)}"
        )
    return "\n".join(out) + "\n"


def _detail(detail: dict[str, object]) -> str:
    return ", ".join(f"{k}={v}" for k, v in detail.items() if k not in ("headline", "folder"))


def stats_text(stats: SupervisorStats) -> str:
    period = f"{stats.since or 'the start'} to {stats.until or stats.as_of}"
    median = stats.median_days_report_to_submission
    out = [
        f"Period: {period}",
        f"Open cases: {stats.open_cases}",
        f"Overdue actions: {stats.overdue_actions}",
        f"Submissions in the period: {stats.submissions}",
        "Median days from report to first submission: "
        + ("-" if median is None else f"{median:g}"),
        "",
        f"{'rule':<16} {'checked':>7} {'failed':>6} {'rate':>6}  title",
    ]
    for r in sorted(stats.rules, key=lambda r: (-r.rate, r.rule)):
        out.append(f"{r.rule:<16} {r.checked:>7} {r.failed:>6} {r.rate:>6.0%}  {r.title}")
    return "\n".join(out) + "\n"
