#include "engine/text/phrase.h"

#include <fmt/args.h>
#include <fmt/format.h>

#include <cmath>

#include "engine/text/phrase_rendering.h"

namespace crm::text {

PhraseArg::PhraseArg(Phrase phrase) : kind(Kind::Phrase), items{std::move(phrase)} {}

bool operator==(const PhraseArg&, const PhraseArg&) = default;
bool operator==(const Phrase&, const Phrase&) = default;

PhraseArg count(long long n) {
    PhraseArg a;
    a.kind = PhraseArg::Kind::Count;
    a.count = n;
    return a;
}

PhraseArg number(double value, int maxDecimals) {
    PhraseArg a;
    a.kind = PhraseArg::Kind::Number;
    a.number = value;
    a.decimals = maxDecimals;
    return a;
}

PhraseArg percent(double value, int maxDecimals) {
    PhraseArg a = number(value, maxDecimals);
    a.kind = PhraseArg::Kind::Percent;
    return a;
}

PhraseArg money(double amount, std::string_view currency, int decimals) {
    PhraseArg a = number(amount, decimals);
    a.kind = PhraseArg::Kind::Money;
    a.text = std::string(currency);
    return a;
}

PhraseArg date(int year, int month, int day) {
    PhraseArg a;
    a.kind = PhraseArg::Kind::Date;
    a.year = year;
    a.month = month;
    a.day = day;
    return a;
}

PhraseArg userText(std::string text) {
    PhraseArg a;
    a.kind = PhraseArg::Kind::UserText;
    a.text = std::move(text);
    return a;
}

PhraseArg list(std::vector<Phrase> items, PhraseArg::Joiner joiner) {
    PhraseArg a;
    a.kind = PhraseArg::Kind::List;
    a.items = std::move(items);
    a.joiner = joiner;
    return a;
}

Phrase term(std::string_view english) { return phrase(english); }

Phrase termInContext(std::string_view context, std::string_view english) {
    Phrase p = phrase(english);
    p.context = std::string(context);
    return p;
}

int decimalsShown(double value, int maxDecimals) {
    const std::string text = neutralNumber(value, maxDecimals);
    const auto point = text.find('.');
    return point == std::string::npos ? 0 : int(text.size() - point - 1);
}

std::string neutralNumber(double value, int maxDecimals) {
    if (maxDecimals < 0) maxDecimals = 0;
    const double scale = std::pow(10.0, maxDecimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0) rounded = 0.0;  // no "-0"
    std::string text = fmt::format("{:.{}f}", rounded, maxDecimals);
    if (text.find('.') == std::string::npos) return text;
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
}

namespace detail {

std::string renderPhrase(const Phrase& p, const PhraseLanguage& language) {
    if (p.empty()) return {};
    const std::string message = language.message(p);
    fmt::dynamic_format_arg_store<fmt::format_context> values;
    for (const auto& a : p.args) values.push_back(renderArg(a, language));
    try {
        return fmt::vformat(message, values);
    } catch (const fmt::format_error&) {
        // A translation with a broken placeholder must not lose the sentence: say it in English.
        fmt::dynamic_format_arg_store<fmt::format_context> again;
        for (const auto& a : p.args) again.push_back(renderArg(a, language));
        try {
            return fmt::vformat(
                p.pluralCount == 1 || p.englishPlural.empty() ? p.english : p.englishPlural, again);
        } catch (const fmt::format_error&) {
            return p.english;
        }
    }
}

std::string renderArg(const PhraseArg& a, const PhraseLanguage& language) {
    using Kind = PhraseArg::Kind;
    switch (a.kind) {
        case Kind::Phrase:
            return a.items.empty() ? std::string{} : renderPhrase(a.items.front(), language);
        case Kind::List: {
            std::vector<std::string> parts;
            for (const auto& item : a.items) parts.push_back(renderPhrase(item, language));
            return joinList(parts, a.joiner, language);
        }
        case Kind::UserText:
            return a.text;
        default:
            return language.value(a);
    }
}

std::string joinList(const std::vector<std::string>& parts, PhraseArg::Joiner joiner,
                     const PhraseLanguage& language) {
    using Joiner = PhraseArg::Joiner;
    const std::string_view separator = joiner == Joiner::Semicolon ? "; " : ", ";
    if (parts.empty()) return {};
    if (joiner == Joiner::Comma || joiner == Joiner::Semicolon || parts.size() == 1)
        return fmt::format("{}", fmt::join(parts, separator));
    std::string head;
    for (std::size_t i = 0; i + 1 < parts.size(); ++i)
        head += (i == 0 ? "" : std::string(separator)) + parts[i];
    const Phrase last = joiner == Joiner::And
                            ? phrase("{0} and {1}", userText(head), userText(parts.back()))
                            : phrase("{0} or {1}", userText(head), userText(parts.back()));
    return renderPhrase(last, language);
}

namespace {

class EnglishLanguage final : public PhraseLanguage {
  public:
    std::string message(const Phrase& p) const override {
        return p.englishPlural.empty() || p.pluralCount == 1 ? p.english : p.englishPlural;
    }
    std::string value(const PhraseArg& a) const override {
        using Kind = PhraseArg::Kind;
        switch (a.kind) {
            case Kind::Count:
                return std::to_string(a.count);
            case Kind::Number:
                return neutralNumber(a.number, a.decimals);
            case Kind::Percent:
                return neutralNumber(a.number, a.decimals) + "%";
            case Kind::Money:
                return fmt::format("{:.{}f} {}", a.number, a.decimals < 0 ? 0 : a.decimals, a.text);
            case Kind::Date:
                return fmt::format("{:04}-{:02}-{:02}", a.year, a.month, a.day);
            default:
                return a.text;
        }
    }
};

}  // namespace

const PhraseLanguage& englishLanguage() {
    static const EnglishLanguage language;
    return language;
}

}  // namespace detail

std::string english(const Phrase& phrase) {
    return detail::renderPhrase(phrase, detail::englishLanguage());
}

}  // namespace crm::text
