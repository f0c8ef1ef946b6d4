#pragma once
// The next resets and their preparation meetings as an iCalendar file (RFC 5545).
#include <date/date.h>

#include <string>
#include <vector>

#include "engine/model/assessment.h"

namespace crm::reset {

// Writes VCALENDAR text with CRLF line ends, lines folded at 75 octets (never inside a UTF-8
// character) and TEXT values escaped. `stamp` is DTSTAMP (UTC), passed in so output is exact.
std::string writeICalendar(const Assessment& assessment, const Cycle& cycle,
                           date::sys_seconds stamp);

// The agenda a meeting gets when the facilitator wrote none, drawn from the three reset phases.
std::string defaultAgenda(EventKind kind);

// One content line, folded, with its CRLF; exposed for tests. TEXT values are escaped with
// text::escapeICalendarText (engine/text/escaping.h).
std::string foldLine(std::string_view line);

}  // namespace crm::reset
