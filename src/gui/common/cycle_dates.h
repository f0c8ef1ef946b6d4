#pragma once
// Moving calendar days between the domain (date::sys_days) and Qt (QDate).
#include <QDate>

#include "engine/model/field_value.h"

namespace crm::gui {

inline constexpr qint64 kJulianDayOfUnixEpoch = 2440588;  // 1970-01-01

inline QDate toQDate(Date day) {
    return QDate::fromJulianDay(day.time_since_epoch().count() + kJulianDayOfUnixEpoch);
}

inline Date fromQDate(const QDate& day) {
    return Date{date::days{static_cast<int>(day.toJulianDay() - kJulianDayOfUnixEpoch)}};
}

}  // namespace crm::gui
