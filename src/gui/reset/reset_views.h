#pragma once
// Small pieces the reset flow and the comparison page share: how their tables of figures look,
// how tall they are, and the intro line of a phase.
#include <QString>

#include <initializer_list>
#include <string_view>
#include <utility>

class QLabel;
class QTableView;
class QWidget;

namespace crm::gui {

class EntityTableEditor;

// Alternating rows, one selected cell, row numbers hidden, columns sized to their content.
void setUpFigureTable(QTableView* view);
// Tall enough for the rows up to `maxRows` (at least `minRows`), so short tables leave room.
void fitTableHeight(QTableView* view, int minRows, int maxRows);
// Sizes the columns to their content, none wider than about `maxChars` characters.
void fitTableColumns(QTableView* view, int maxChars = 40);
// Sizes every column but `stretch` to its content (capped at `maxChars`), and gives `stretch`
// the rest of the width, so the table fits without a horizontal scroll bar.
void fitColumnsStretching(QTableView* view, int stretch, int maxChars = 24);
// For the generic editors of the reset: fixed widths (in characters) for the named fields, the
// last column takes the rest. Applied now and again whenever the editor's rows are rebuilt.
void keepEditorColumnWidths(EntityTableEditor* editor,
                            std::initializer_list<std::pair<std::string_view, int>> widths);
// A wrapped rich-text label with the question a phase answers.
QLabel* makeIntroLabel(const QString& html, QWidget* parent = nullptr);

}  // namespace crm::gui
