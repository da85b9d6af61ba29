"""The INQUIRY and JOURNALIST JSON shapes of DESIGN.md section 5, and their plain text."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from desktop.cli.output import email_json, phone_json
from desktop.domain.inquiries import InquiryRecord, JournalistRecord, SuggestionRecord


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def journalist_json(journalist: JournalistRecord) -> dict[str, Any]:
    outlet = journalist.outlet
    return {
        "id": journalist.id, "name": journalist.name,
        "outlet": outlet.name if outlet else None, "outlet_id": outlet.id if outlet else None,
        "outlet_kind": outlet.kind.value if outlet and outlet.kind else None,
        "beat": journalist.beat, "country": journalist.country,
        "languages": list(journalist.languages), "notes": journalist.notes,
        "phones": [phone_json(p) for p in journalist.phones],
        "emails": [email_json(e) for e in journalist.emails],
        "inquiry_count": journalist.inquiry_count, "version": journalist.version,
        "created_at": _iso(journalist.created_at), "updated_at": _iso(journalist.updated_at),
    }


def suggestion_json(suggestion: SuggestionRecord) -> dict[str, Any]:
    return {"contact_id": suggestion.contact_id, "name": suggestion.name,
            "office": suggestion.office, "reason": suggestion.reason,
            "reason_code": suggestion.reason_code, "score": suggestion.score}


def _deadline_local(record: InquiryRecord) -> str | None:
    if record.deadline is None or not record.deadline_zone:
        return None
    return _iso(record.deadline.astimezone(ZoneInfo(record.deadline_zone)))


def inquiry_json(record: InquiryRecord, now: datetime | None = None,
                 suggestions: list[SuggestionRecord] | None = None) -> dict[str, Any]:
    moment = now or datetime.now(UTC)
    document: dict[str, Any] = {
        "id": record.id, "status": record.status.value, "channel": record.channel.value,
        "topic": record.topic, "question": record.question, "language": record.language,
        "received_at": _iso(record.received_at), "deadline": _iso(record.deadline),
        "deadline_zone": record.deadline_zone, "deadline_in_zone": _deadline_local(record),
        "overdue": record.is_overdue(moment), "seconds_left": record.seconds_left(moment),
        "answered_at": _iso(record.answered_at),
        "journalist": journalist_json(record.journalist),
        "assignee": ({"id": record.assignee_id, "name": record.assignee_name}
                     if record.assignee_id is not None else None),
        "office": ({"id": record.office_id, "name": record.office_name}
                   if record.office_id is not None else None),
        "releases": [{"id": r.id, "title": r.title,
                      "published_on": r.published_on.isoformat() if r.published_on else None}
                     for r in record.releases],
        "response": record.response, "notes": record.notes,
        "follow_ups": [{"id": f.id, "at": _iso(f.at), "author": f.author, "kind": f.kind,
                        "text": f.text} for f in record.follow_ups],
        "version": record.version,
        "created_at": _iso(record.created_at), "updated_at": _iso(record.updated_at),
    }
    if suggestions is not None:
        document["suggestions"] = [suggestion_json(s) for s in suggestions]
    return document


def time_left_text(record: InquiryRecord, now: datetime) -> str:
    """"due in 2 h", "overdue by 1 day", "answered", "no deadline": words, not colours."""
    if not record.is_open:
        return record.status.value
    seconds = record.seconds_left(now)
    if seconds is None:
        return "no deadline"
    span = abs(seconds)
    if span < 3600:
        amount = f"{max(1, round(span / 60))} min"
    elif span < 2 * 86400:
        amount = f"{round(span / 3600)} h"
    else:
        days = round(span / 86400)
        amount = f"{days} days"
    return f"due in {amount}" if seconds >= 0 else f"OVERDUE by {amount}"


def inquiry_line(record: InquiryRecord, now: datetime) -> str:
    who = record.journalist_name + (f" ({record.outlet_name})" if record.outlet_name else "")
    return (f"{record.id:>6}  {record.status.value:<9} {time_left_text(record, now):<20} "
            f"{who[:36]:<36} {record.topic[:40]}")


def inquiry_text(record: InquiryRecord, now: datetime,
                 suggestions: list[SuggestionRecord] | None = None) -> str:
    state = record.status.value
    if record.is_open:
        state += ", " + time_left_text(record, now)
    lines = [f"#{record.id} {record.topic}  [{state}]"]
    who = record.journalist_name + (f", {record.outlet_name}" if record.outlet_name else "")
    lines.append(f"  from      {who} (journalist #{record.journalist.id}), "
                 f"{record.channel.value.replace('_', ' ')}")
    lines.append(f"  received  {_iso(record.received_at)}")
    if record.deadline:
        local = _deadline_local(record)
        zone = f"  ({local} {record.deadline_zone})" if local else ""
        lines.append(f"  deadline  {_iso(record.deadline)}{zone}")
    if record.question:
        lines.append(f"  question  {record.question}")
    if record.assignee_id is not None:
        office = f", {record.office_name}" if record.office_name else ""
        lines.append(f"  assignee  #{record.assignee_id} {record.assignee_name}{office}")
    for ref in record.releases:
        lines.append(f"  release   #{ref.id} {ref.title}")
    if record.response:
        lines.append(f"  response  {record.response}")
    if record.answered_at:
        lines.append(f"  answered  {_iso(record.answered_at)}")
    for follow in record.follow_ups:
        lines.append(f"  {_iso(follow.at)} {follow.author}: {follow.text}")
    if suggestions:
        lines.append("  suggested:")
        lines += [f"    #{s.contact_id} {s.name} ({s.office or 'no office'}): {s.reason}"
                  for s in suggestions]
    lines.append(f"  version {record.version}")
    return "\n".join(lines)


def journalist_line(journalist: JournalistRecord) -> str:
    email = next((e.address or e.as_written for e in journalist.emails), "")
    outlet = (journalist.outlet_name or "")[:24]
    return (f"{journalist.id:>6}  {journalist.name[:32]:<32} {outlet:<24}"
            f" {email:<32} {journalist.inquiry_count} inquiries")


def journalist_text(journalist: JournalistRecord) -> str:
    lines = [f"#{journalist.id} {journalist.name}"]
    if journalist.outlet_name:
        lines.append(f"  outlet   {journalist.outlet_name}")
    if journalist.beat:
        lines.append(f"  beat     {journalist.beat}")
    if journalist.country:
        lines.append(f"  country  {journalist.country}")
    for phone in journalist.phones:
        lines.append(f"  {phone.kind.value:<8} {phone.display or phone.as_written}")
    for email in journalist.emails:
        lines.append(f"  email    {email.address or email.as_written}")
    lines.append(f"  {journalist.inquiry_count} inquiries, version {journalist.version}")
    return "\n".join(lines)
