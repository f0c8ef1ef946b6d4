#pragma once
// Text broken into lines of a fixed width (QTextLayout), drawable in slices so a long
// paragraph or table cell can continue on the next page. Words longer than the width break
// anywhere: text never runs past its box.
#include <QFont>
#include <QString>
#include <QTextLayout>

#include <memory>

class QPainter;
class QPaintDevice;

namespace crm::report::pdf {

class WrappedText {
  public:
    // boldPrefix: that many leading characters are set in bold (a title before its detail).
    WrappedText(const QString& text, const QFont& font, double width, QPaintDevice* device,
                Qt::Alignment align = Qt::AlignLeft, int boldPrefix = 0);
    // Text with its own bold/italic ranges (the facilitator's narrative).
    WrappedText(const QString& text, const QFont& font, double width, QPaintDevice* device,
                const QList<QTextLayout::FormatRange>& formats,
                Qt::Alignment align = Qt::AlignLeft);

    int lineCount() const { return lines_; }
    double lineHeight() const { return lineHeight_; }
    double height() const { return lineHeight_ * lines_; }
    double height(int maxLines) const { return lineHeight_ * std::min(lines_, maxLines); }

    // Draws lines [first, first + count) with the top of line `first` at topLeft.
    void draw(QPainter* painter, QPointF topLeft, int first = 0, int count = -1) const;

    // Text as our own strings; '\n' becomes a line break.
    static QString fromUtf8(const std::string& text);
    // Cuts text to at most maxLines lines of width, the last one ending in an ellipsis.
    static QString limitLines(const QString& text, const QFont& font, double width,
                              QPaintDevice* device, int maxLines, int boldPrefix = 0);

  private:
    std::unique_ptr<QTextLayout> layout_;
    int lines_ = 0;
    double lineHeight_ = 0;
};

// Width of the longest line and of the longest word (for table column widths).
struct TextExtent {
    double longestLine = 0;
    double longestWord = 0;
};
TextExtent measureText(const QString& text, const QFont& font, QPaintDevice* device);

}  // namespace crm::report::pdf
