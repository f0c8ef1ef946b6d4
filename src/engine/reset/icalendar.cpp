#include "engine/reset/icalendar.h"

#include <fmt/format.h>

#include <charconv>

#include "engine/text/escaping.h"

namespace crm::reset {

std::string foldLine(std::string_view line) {
    std::string out;
    std::size_t width = 0;  // octets on the current physical line
    for (std::size_t i = 0; i < line.size();) {
        std::size_t len = 1;  // length of this UTF-8 character
        const auto lead = static_cast<unsigned char>(line[i]);
        if (lead >= 0xF0)
            len = 4;
        else if (lead >= 0xE0)
            len = 3;
        else if (lead >= 0xC0)
            len = 2;
        len = std::min(len, line.size() - i);
        if (width + len > 75) {
            out += "\r\n ";
            width = 1;
        }
        out.append(line.substr(i, len));
        width += len;
        i += len;
    }
    return out + "\r\n";
}

std::string defaultAgenda(EventKind kind) {
    switch (kind) {
        case EventKind::Preparation:
            return "Gather this year's figures: satisfaction, NPS, repeat and advanced customer "
                   "shares.\n"
                   "Run the short inward survey in each customer-facing department.\n"
                   "List the objectives, KPIs and treatments to decide on.";
        case EventKind::Review:
            return "Check KPIs against their milestones.\nAgree corrective actions for what is off "
                   "track.";
        case EventKind::Reset:
            break;
    }
    return "1. Outward: is the strategy creating the experiences and buying patterns it aimed "
           "for?\n"
           "2. Inward: do the teams understand and apply it, and where has practice drifted?\n"
           "3. Reset: keep, change or drop each objective, KPI and segment treatment.";
}

namespace {

std::string dateValue(Date day) {
    date::year_month_day ymd{day};
    return fmt::format("{:04d}{:02d}{:02d}", static_cast<int>(ymd.year()),
                       static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

// "09:30" -> "093000"; anything else -> empty (the event becomes an all-day event).
std::string timeValue(std::string_view hhmm) {
    int h = 0, m = 0;
    if (hhmm.size() != 5 || hhmm[2] != ':') return {};
    if (std::from_chars(hhmm.data(), hhmm.data() + 2, h).ec != std::errc{} ||
        std::from_chars(hhmm.data() + 3, hhmm.data() + 5, m).ec != std::errc{} || h > 23 || m > 59)
        return {};
    return fmt::format("{:02d}{:02d}00", h, m);
}

std::string trim(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return std::string(s);
}

void addEvent(std::string& out, const Assessment& a, const ScheduledEvent& e,
              const std::string& stamp) {
    out += foldLine("BEGIN:VEVENT");
    out += foldLine(fmt::format("UID:{}@crm-workbench", text::escapeICalendarText(e.id)));
    out += foldLine("DTSTAMP:" + stamp);
    const std::string start = timeValue(e.startTime);
    if (start.empty()) {
        out += foldLine("DTSTART;VALUE=DATE:" + dateValue(*e.day));
        out += foldLine("DTEND;VALUE=DATE:" + dateValue(*e.day + date::days{1}));
    } else {
        out += foldLine(fmt::format("DTSTART:{}T{}", dateValue(*e.day), start));
        out += foldLine(fmt::format("DURATION:PT{}M", e.durationMinutes.value_or(60)));
    }
    out += foldLine("SUMMARY:" + text::escapeICalendarText(e.title));
    std::string description = e.agenda.empty() ? defaultAgenda(e.kind) : e.agenda;
    std::string names;
    std::string_view rest = e.attendees;
    while (!rest.empty()) {
        auto comma = rest.find(',');
        std::string who = trim(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        if (who.empty()) continue;
        if (who.find('@') != std::string::npos)
            out += foldLine(fmt::format("ATTENDEE;RSVP=TRUE:mailto:{}", who));
        else
            names += (names.empty() ? "" : ", ") + who;
    }
    if (!names.empty()) description += "\nAttendees: " + names;
    description += "\nCompany: " + a.companyName;
    out += foldLine("DESCRIPTION:" + text::escapeICalendarText(description));
    if (!e.location.empty()) out += foldLine("LOCATION:" + text::escapeICalendarText(e.location));
    out += foldLine("END:VEVENT");
}

}  // namespace

std::string writeICalendar(const Assessment& a, const Cycle& cycle, date::sys_seconds stamp) {
    const auto day = date::floor<date::days>(stamp);
    const date::hh_mm_ss time{stamp - day};
    const std::string stampText =
        fmt::format("{}T{:02d}{:02d}{:02d}Z", dateValue(day), time.hours().count(),
                    time.minutes().count(), time.seconds().count());
    std::string out = foldLine("BEGIN:VCALENDAR");
    out += foldLine("VERSION:2.0");
    out += foldLine("PRODID:-//CRM Strategy Workbench//Reset schedule//EN");
    out += foldLine("CALSCALE:GREGORIAN");
    for (const auto& e : cycle.schedule)
        if (e.day)
            addEvent(out, a, e, stampText);  // an undated meeting cannot be placed in a calendar
    out += foldLine("END:VCALENDAR");
    return out;
}

}  // namespace crm::reset
