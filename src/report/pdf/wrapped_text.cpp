#include "report/pdf/wrapped_text.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

namespace crm::report::pdf {

namespace {

QList<QTextLayout::FormatRange> boldRange(int length) {
    if (length <= 0) return {};
    QTextCharFormat boldFormat;
    boldFormat.setFontWeight(QFont::Bold);
    return {QTextLayout::FormatRange{0, length, boldFormat}};
}

}  // namespace

WrappedText::WrappedText(const QString& text, const QFont& font, double width, QPaintDevice* device,
                         Qt::Alignment align, int boldPrefix)
    : WrappedText(text, font, width, device, boldRange(boldPrefix), align) {}

WrappedText::WrappedText(const QString& text, const QFont& font, double width, QPaintDevice* device,
                         const QList<QTextLayout::FormatRange>& formats, Qt::Alignment align)
    : layout_(std::make_unique<QTextLayout>(text, font, device)) {
    lineHeight_ = QFontMetricsF(font, device).lineSpacing();
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(align);
    layout_->setTextOption(option);
    if (!formats.isEmpty()) layout_->setFormats(formats);
    layout_->setCacheEnabled(true);
    layout_->beginLayout();
    for (QTextLine line = layout_->createLine(); line.isValid(); line = layout_->createLine()) {
        line.setLineWidth(std::max(1.0, width));
        line.setPosition(QPointF(0, lineHeight_ * lines_));
        ++lines_;
    }
    layout_->endLayout();
}

void WrappedText::draw(QPainter* painter, QPointF topLeft, int first, int count) const {
    if (!painter || first >= lines_) return;
    int end = count < 0 ? lines_ : std::min(lines_, first + count);
    QPointF origin = topLeft - QPointF(0, lineHeight_ * first);
    for (int i = first; i < end; ++i) layout_->lineAt(i).draw(painter, origin);
}

QString WrappedText::fromUtf8(const std::string& text) {
    QString out = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    out.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    out.replace(QLatin1Char('\n'), QChar::LineSeparator);
    out.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return out;
}

QString WrappedText::limitLines(const QString& text, const QFont& font, double width,
                                QPaintDevice* device, int maxLines, int boldPrefix) {
    WrappedText full(text, font, width, device, Qt::AlignLeft, boldPrefix);
    if (full.lineCount() <= maxLines) return text;
    QTextLine last = full.layout_->lineAt(maxLines - 1);
    QString kept = text.left(last.textStart());
    QString rest = text.mid(last.textStart());
    rest.replace(QChar::LineSeparator, QLatin1Char(' '));
    // The last line: as many whole words of the rest as fit before an ellipsis.
    QFont lastFont = font;
    lastFont.setBold(last.textStart() < boldPrefix);  // the last line may still be bold
    const QFontMetricsF metrics(lastFont, device);
    QString line = metrics.elidedText(rest, Qt::ElideRight, width * 0.98);
    if (line == rest) return kept + rest;
    line.chop(1);  // the ellipsis elidedText added
    const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
    if (space > 0) line.truncate(space);
    // No dangling separator before the ellipsis ("step 9 \u2014 \u2026").
    while (!line.isEmpty() && (line.back().isSpace() || line.back() == QChar(0x2014) ||
                               line.back() == QLatin1Char(',')))
        line.chop(1);
    return kept + line + QStringLiteral(" \u2026");
}

TextExtent measureText(const QString& text, const QFont& font, QPaintDevice* device) {
    QFontMetricsF metrics(font, device);
    TextExtent extent;
    for (const QString& line : text.split(QChar::LineSeparator)) {
        extent.longestLine = std::max(extent.longestLine, metrics.horizontalAdvance(line));
        for (const QString& word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            extent.longestWord = std::max(extent.longestWord, metrics.horizontalAdvance(word));
    }
    return extent;
}

}  // namespace crm::report::pdf
