"""What the register answers: re-submission diffs, timeliness, case lists, supervisor figures."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gatekeeper.register.schema import (
    ActionRow,
    AuditRow,
    CaseRow,
    CorrectionRow,
    DecisionRow,
    FileRow,
    FindingRow,
    PlanRow,
    SubmissionRow,
)
from gatekeeper.register.views import (
    ActionView,
    AuditView,
    CaseSummary,
    CaseView,
    CorrectionView,
    DecisionView,
    Move,
    PlanView,
    RuleRate,
    SubmissionView,
    SupervisorStats,
    Timeliness,
)
from gatekeeper.rules.file_checks import ADMIN_FINALISATION_DAYS

NEAR_ADMIN_FINALISATION_DAYS = ADMIN_FINALISATION_DAYS - 14  # two weeks' warning
Manifest = dict[str, tuple[str | None, int]]


def diff_manifests(
    before: Manifest, after: Manifest
) -> tuple[list[str], list[str], list[str], list[Move]]:
    """Added, removed and changed paths (by hash), and files moved (same hash, new path)."""
    added = [p for p in after if p not in before]
    removed = [p for p in before if p not in after]
    changed = [
        p
        for p in after
        if p in before
        and (after[p][0] != before[p][0] or (after[p][0] is None and after[p][1] != before[p][1]))
    ]
    moved = []
    by_hash = {after[p][0]: p for p in added if after[p][0] is not None}
    for old in list(removed):
        new = by_hash.pop(before[old][0], None) if before[old][0] is not None else None
        if new is not None:
            moved.append(Move(old=old, new=new))
            removed.remove(old)
            added.remove(new)
    return sorted(added), sorted(removed), sorted(changed), moved


def submissions(session: Session, case: CaseRow) -> list[SubmissionView]:
    rows = list(
        session.scalars(
            select(SubmissionRow)
            .where(SubmissionRow.case_id == case.id)
            .order_by(SubmissionRow.number)
        )
    )
    ids = [r.id for r in rows]
    manifests: dict[int, Manifest] = defaultdict(dict)
    # Columns, not mapped objects: a submission may list 100,000 files.
    for submission_id, path, sha256, size in session.execute(
        select(FileRow.submission_id, FileRow.path, FileRow.sha256, FileRow.size).where(
            FileRow.submission_id.in_(ids)
        )
    ):
        manifests[submission_id][path] = (sha256, size)
    statuses: dict[int, dict[str, str]] = defaultdict(dict)
    decided: dict[int, set[str]] = defaultdict(set)
    for submission_id, rule, status, decided_by in session.execute(
        select(
            FindingRow.submission_id, FindingRow.rule, FindingRow.status, FindingRow.decided_by
        ).where(FindingRow.submission_id.in_(ids))
    ):
        statuses[submission_id][rule] = status
        if decided_by:
            decided[submission_id].add(rule)
    views: list[SubmissionView] = []
    previous: SubmissionRow | None = None
    for row in rows:
        found = statuses[row.id]
        failing = sorted(r for r, s in found.items() if s == "fail")
        view = SubmissionView(
            number=row.number,
            at=row.at,
            by=row.by,
            folder=row.folder,
            stage=row.stage,
            complete=row.complete,
            app_version=row.app_version,
            checklist_sha256=row.checklist_sha256,
            would_pass=row.would_pass,
            headline=row.headline,
            files=len(manifests[row.id]),
            failures=failing,
            review=sorted(r for r, s in found.items() if s == "review"),
            passed_by_decision=sorted(r for r in decided[row.id] if found.get(r) == "pass"),
        )
        if previous is not None:
            added, removed, changed, moved = diff_manifests(
                manifests[previous.id], manifests[row.id]
            )
            before = {r for r, s in statuses[previous.id].items() if s == "fail"}
            view.added, view.removed, view.changed, view.moved = added, removed, changed, moved
            # a person's decision that a rule passes is no fix of the file
            view.fixed = sorted(
                r for r in before if r in found and found[r] != "fail" and r not in decided[row.id]
            )
            view.remaining = sorted(before & set(failing))
            view.new_failures = sorted(set(failing) - before)
        views.append(view)
        previous = row
    return views


def plans(session: Session, case_ids: list[int], as_of: dt.date) -> dict[int, list[PlanView]]:
    """Each case's plans with their actions, ages and admin-finalisation risk."""
    rows = list(
        session.scalars(
            select(PlanRow)
            .where(PlanRow.case_id.in_(case_ids))
            .order_by(PlanRow.issued, PlanRow.id)
        )
    )
    actions: dict[int, list[ActionView]] = defaultdict(list)
    for a in session.scalars(
        select(ActionRow)
        .where(ActionRow.plan_id.in_([p.id for p in rows]))
        .order_by(ActionRow.plan_id, ActionRow.number)
    ):
        overdue = (as_of - a.due).days if a.status == "open" and a.due and a.due < as_of else None
        actions[a.plan_id].append(
            ActionView(
                id=a.id,
                plan=a.plan_id,
                number=a.number,
                text=a.text,
                rule=a.rule,
                rules=[r for r in (a.rules or a.rule or "").split(",") if r],
                owner=a.owner,
                due=a.due,
                status=a.status,
                overdue_days=overdue,
            )
        )
    found: dict[int, list[PlanView]] = defaultdict(list)
    for p in rows:
        days = (as_of - p.issued).days if p.status == "open" else None
        risk = None
        if days is not None and days >= ADMIN_FINALISATION_DAYS:
            risk = "over"
        elif days is not None and days >= NEAR_ADMIN_FINALISATION_DAYS:
            risk = "near"
        found[p.case_id].append(
            PlanView(
                id=p.id,
                issued=p.issued,
                by=p.by,
                source=p.source,
                status=p.status,
                days_open=days,
                admin_finalisation_risk=risk,
                actions=actions[p.id],
            )
        )
    return found


def _report_date(facts: dict[str, object]) -> dt.date | None:
    value = facts.get("report_date")
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def case_view(session: Session, case: CaseRow, as_of: dt.date) -> CaseView:
    subs = submissions(session, case)
    case_plans = plans(session, [case.id], as_of)[case.id]
    actions = [a for p in case_plans for a in p.actions]
    last = session.scalars(
        select(SubmissionRow)
        .where(SubmissionRow.case_id == case.id)
        .order_by(SubmissionRow.number.desc())
        .limit(1)
    ).first()
    report_date = _report_date(last.facts) if last else None
    last_day = last.at.date() if last else None
    last_paths: dict[str, list[str]] = defaultdict(list)
    if last is not None:
        for path, sha256 in session.execute(
            select(FileRow.path, FileRow.sha256).where(FileRow.submission_id == last.id)
        ):
            if sha256:
                last_paths[sha256].append(path)
    timeliness = Timeliness(
        as_of=as_of,
        report_date=report_date,
        days_since_report=(as_of - report_date).days if report_date else None,
        last_submission=last_day,
        days_since_last_submission=(as_of - last_day).days if last_day else None,
        overdue_actions=sum(1 for a in actions if a.overdue_days is not None),
        plans_near_admin_finalisation=sum(
            1 for p in case_plans if p.admin_finalisation_risk == "near"
        ),
        plans_over_admin_finalisation=sum(
            1 for p in case_plans if p.admin_finalisation_risk == "over"
        ),
    )
    return CaseView(
        urn=case.urn,
        urn_read=case.urn_read,
        created_at=case.created_at,
        closed_at=case.closed_at,
        submissions=subs,
        plans=case_plans,
        actions=actions,
        corrections=[
            CorrectionView(
                sha256=c.sha256,
                field=c.field,
                value=c.value,
                by=c.by,
                at=c.at,
                paths=last_paths.get(c.sha256, []),
            )
            for c in session.scalars(
                select(CorrectionRow)
                .where(CorrectionRow.case_id == case.id)
                .order_by(CorrectionRow.id)
            )
        ],
        decisions=[
            DecisionView(
                rule=d.rule,
                evidence=[e for e in d.evidence.split(",") if e],
                status=d.status,
                note=d.note,
                by=d.by,
                at=d.at,
            )
            for d in session.scalars(
                select(DecisionRow).where(DecisionRow.case_id == case.id).order_by(DecisionRow.id)
            )
        ],
        timeliness=timeliness,
        ping_pong={"submissions": len(subs), "action_plans": len(case_plans)},
        audit=audit_trail(session, case.urn, case.urn_read),
    )


def audit_trail(session: Session, urn: str | None, urn_read: str | None = None) -> list[AuditView]:
    query = select(AuditRow).order_by(AuditRow.id)
    if urn is not None:
        query = query.where(AuditRow.urn.in_([u for u in (urn, urn_read) if u]))
    return [
        AuditView(at=a.at, by=a.by, action=a.action, urn=a.urn, detail=a.detail)
        for a in session.scalars(query)
    ]


def case_summaries(session: Session, as_of: dt.date) -> list[CaseSummary]:
    cases = list(session.scalars(select(CaseRow).order_by(CaseRow.urn)))
    counts: dict[int, int] = {
        case_id: n
        for case_id, n in session.execute(
            select(SubmissionRow.case_id, func.count()).group_by(SubmissionRow.case_id)
        )
    }
    latest = (
        select(SubmissionRow.case_id, func.max(SubmissionRow.number).label("number"))
        .group_by(SubmissionRow.case_id)
        .subquery()
    )
    last = {
        s.case_id: s
        for s in session.scalars(
            select(SubmissionRow).join(
                latest,
                (SubmissionRow.case_id == latest.c.case_id)
                & (SubmissionRow.number == latest.c.number),
            )
        )
    }
    case_plans = plans(session, [c.id for c in cases], as_of)
    found = []
    for case in cases:
        sub = last.get(case.id)
        report_date = _report_date(sub.facts) if sub else None
        open_plans = [p for p in case_plans[case.id] if p.status == "open"]
        found.append(
            CaseSummary(
                urn=case.urn,
                open=case.closed_at is None,
                submissions=counts.get(case.id, 0),
                plans=len(case_plans[case.id]),
                open_plans=len(open_plans),
                last_submission=sub.at.date() if sub else None,
                days_since_last_submission=(as_of - sub.at.date()).days if sub else None,
                days_since_report=(as_of - report_date).days if report_date else None,
                would_pass=sub.would_pass if sub else None,
                overdue_actions=sum(
                    1
                    for p in case_plans[case.id]
                    for a in p.actions
                    if a.overdue_days is not None and p.status != "withdrawn"
                ),
                oldest_open_plan_days=max((p.days_open or 0 for p in open_plans), default=None),
            )
        )
    return found


def supervisor_stats(
    session: Session, since: dt.date | None, until: dt.date | None, as_of: dt.date
) -> SupervisorStats:
    """Open cases, overdue actions, each rule's failure rate and median days report -> submission.

    The period (``since``..``until``, inclusive) selects submissions by the day they were made.
    """
    summaries = case_summaries(session, as_of)
    period = select(SubmissionRow)
    if since is not None:
        period = period.where(
            SubmissionRow.at >= dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC)
        )
    if until is not None:
        end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
        period = period.where(SubmissionRow.at < end)
    in_period = list(session.scalars(period))
    ids = [s.id for s in in_period]
    checked: dict[str, int] = defaultdict(int)
    failed: dict[str, int] = defaultdict(int)
    titles: dict[str, str] = {}
    for rule, title, status in session.execute(
        select(FindingRow.rule, FindingRow.title, FindingRow.status).where(
            FindingRow.submission_id.in_(ids)
        )
    ):
        titles[rule] = title
        if status == "not_applicable":
            continue
        checked[rule] += 1
        failed[rule] += status == "fail"
    days = []
    for s in in_period:
        report_date = _report_date(s.facts)
        if s.number == 1 and report_date is not None:
            days.append((s.at.date() - report_date).days)
    return SupervisorStats(
        since=since,
        until=until,
        as_of=as_of,
        open_cases=sum(1 for c in summaries if c.open),
        overdue_actions=sum(c.overdue_actions for c in summaries if c.open),
        submissions=len(in_period),
        median_days_report_to_submission=float(statistics.median(days)) if days else None,
        rules=[
            RuleRate(
                rule=rule,
                title=titles[rule],
                checked=checked[rule],
                failed=failed[rule],
                rate=round(failed[rule] / checked[rule], 3) if checked[rule] else 0.0,
            )
            for rule in sorted(titles)
        ],
    )
