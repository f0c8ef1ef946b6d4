#pragma once
// Numbers, dates and engine texts in the window's language (see language.h). English keeps the
// plain forms the window has always shown ("1234.5", "2026-12-31"); German groups and uses the
// decimal comma ("1.234,5", "31.12.2026"). Files and the undo history keep the plain forms:
// these helpers are only for what a user reads and types.
#include <QString>

#include <string_view>

#include "engine/text/phrase.h"

namespace crm::gui {

// A plain number ("-1234.5", as the engine writes it) as the window's language writes it;
// anything else (empty, text, "1e+20") is returned as it is.
QString localNumber(const QString& plain);
// A plain number as an editor starts from it: the decimal sign of the window's language, no
// grouping ("1234,5" in German).
QString editableNumber(const QString& plain);
// What a user typed in the window's language back to the plain form: "1.234,5" -> "1234.5" in
// German; text that is not such a number is returned as it is, so the engine's checks see it.
QString plainNumber(const QString& typed);
// A percentage as the engine writes it ("52.83%") in the window's language ("52,83 %").
QString localPercent(const QString& plainPercent);
// An ISO date ("2026-12-31") in the window's language; anything else as it is.
QString localDate(const QString& isoDate);
// The display format of the window's date editors.
QString dateEditFormat();
// Money: an amount written by localNumber() and the document's currency ("27.500 €",
// "27,500 EUR"); without a currency the amount alone.
QString localMoney(const QString& localAmount, const QString& currency);

// A text made outside Qt (the assessment's reasons, catalog names...) in the window's language,
// from the text core's catalogs (translations/<domain>/<language>.po); English when none.
QString engineText(std::string_view domain, std::string_view english);
QString engineText(std::string_view domain, const QString& english);
// An engine phrase (a reason, finding or recommendation with its values) in the window's
// language; the English text when the engine gave no phrase.
QString engineText(const text::Phrase& phrase, const std::string& english);
// The label of one of the domain's fixed choices ("Survey", "Customers (external)"), translated
// in the report's catalog under the context "choice" so window and report use the same words.
QString choiceText(std::string_view label);

}  // namespace crm::gui
