#include "engine/assessment/score.h"

#include <fmt/format.h>

#include <cmath>

namespace crm::assessment {

void setReason(Score& score, text::Phrase reason) {
    score.reason = text::english(reason);
    score.reasonPhrase = std::move(reason);
}

text::PhraseArg dateArg(Date day) {
    const date::year_month_day ymd(day);
    return text::date(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
}

std::string profileRef(std::string_view key) { return fmt::format("profile:{}", key); }

ScoreInput profileInput(const MethodologyProfile& profile, std::string_view key) {
    return ScoreInput{std::string(key), profile.value(key), profileRef(key)};
}

std::string formatNumber(double value) {
    double rounded = std::round(value * 100.0) / 100.0;
    if (rounded == 0.0) rounded = 0.0;  // no "-0"
    std::string text = fmt::format("{:.2f}", rounded);
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
}

std::string formatPercent(double value) { return formatNumber(value) + "%"; }

std::string nameOrId(const std::string& name, const EntityId& id) {
    return name.empty() ? id : name;
}

}  // namespace crm::assessment
